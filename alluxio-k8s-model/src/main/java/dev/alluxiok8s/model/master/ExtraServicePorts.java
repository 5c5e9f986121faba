package dev.alluxiok8s.model.master;

import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@code spec.masters.extraServicePorts} apart from each other and from the ports alluxio-k8s
 * puts on the masters' Services: a Service refuses two ports of one name or one number and
 * protocol, and a port named like one of ours would be mistaken for it.
 */
final class ExtraServicePorts {

  /** The names of the ports alluxio-k8s puts on the masters' Services. */
  static final List<String> OWN_NAMES = List.of("rpc", "web", "embedded", "job-rpc", "job-web", "job-embedded");

  private ExtraServicePorts() {}

  static void check(Problems problems, MasterPorts ours, List<ExtraServicePort> extra) {
    Map<String, String> names = new HashMap<>();
    OWN_NAMES.forEach(n -> names.put(n, "alluxio-k8s's own port " + n));
    Map<Integer, String> numbers = new HashMap<>();
    numbers.put(ours.rpc(), "ports.rpc");
    numbers.put(ours.web(), "ports.web");
    numbers.put(ours.embedded(), "ports.embedded");
    numbers.put(ours.jobRpc(), "ports.jobRpc");
    numbers.put(ours.jobWeb(), "ports.jobWeb");
    numbers.put(ours.jobEmbedded(), "ports.jobEmbedded");
    for (int i = 0; i < extra.size(); i++) {
      ExtraServicePort port = extra.get(i);
      String at = PathJoiner.index("extraServicePorts", i);
      String nameOwner = names.putIfAbsent(port.name(), at);
      problems.require(nameOwner == null, at + ".name", "name \"" + port.name() + "\" is already used by "
          + nameOwner);
      String numberOwner = numbers.putIfAbsent(port.port(), at);
      problems.require(numberOwner == null, at + ".port", "port " + port.port() + " is already used by " + numberOwner);
    }
  }
}
