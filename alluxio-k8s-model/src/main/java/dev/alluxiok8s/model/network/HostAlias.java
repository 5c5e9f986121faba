package dev.alluxiok8s.model.network;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SpecRule;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An {@code /etc/hosts} entry for every Alluxio pod, for under storage (an HDFS namenode, say)
 * whose names the cluster's DNS does not know.
 *
 * <pre>{@code
 * HostAlias.of("10.0.0.12", "namenode", "namenode.corp.example");
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHostAlias.class)
@JsonDeserialize(as = ImmutableHostAlias.class)
public interface HostAlias {

  String ip();

  List<String> hostnames();

  static HostAlias of(String ip, String... hostnames) {
    return ImmutableHostAlias.builder().ip(ip).addHostnames(hostnames).build();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("HostAlias");
    // A hostile value may be huge; quote only what a reader can check by eye.
    String shown = ip().length() <= 64 ? "\"" + ip() + "\"" : "a value of " + ip().length() + " characters";
    problems.require(IpAddresses.isIp(ip()), SpecRule.HOST_ALIAS_IP, "ip", shown + " must be a valid IP address without a port "
        + "(e.g. 10.9.8.7 or 2001:db8::ffff): /etc/hosts maps names to addresses, never to ports");
    problems.require(!hostnames().isEmpty(), "hostnames", "must list at least one host name");
    for (int i = 0; i < hostnames().size(); i++) {
      String name = hostnames().get(i);
      problems.require(KubernetesNames.isDnsSubdomain(name), PathJoiner.index("hostnames", i),
          "\"" + name + "\" is not a host name (lower-case letters, digits, '-' and '.')");
    }
    problems.throwIfAny();
  }
}
