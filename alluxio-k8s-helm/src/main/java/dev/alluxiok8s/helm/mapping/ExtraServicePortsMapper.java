package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.master.ExtraServicePort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chart 0.6.x's {@code master.extraServicePorts} ({@code name}, {@code port}: the chart writes no
 * target port or protocol, so Kubernetes forwards to the same number over TCP, as here) onto
 * {@code spec.masters.extraServicePorts}.
 */
final class ExtraServicePortsMapper extends AreaMapper {

  ExtraServicePortsMapper(MappingContext c) {
    super(c);
  }

  List<ExtraServicePort> map() {
    List<ExtraServicePort> ports = new ArrayList<>();
    for (ValueNode item : values.items(values.at("master.extraServicePorts"))) {
      if (!(item instanceof ValueNode.Mapping m)) {
        continue; // the key check has reported it
      }
      Optional<String> name = values.string(values.at(m, "name"));
      Optional<Long> port = values.integer(values.at(m, "port"));
      if (name.isEmpty() || port.isEmpty()) {
        values.error(item, "an extra Service port needs name and port");
        continue;
      }
      String at = PathJoiner.index("masters.extraServicePorts", ports.size());
      c.origin(at, item);
      c.origin(at + ".name", values.at(m, "name").orElseThrow());
      c.origin(at + ".port", values.at(m, "port").orElseThrow());
      ExtraServicePort mapped = c.build(at, () -> ExtraServicePort.builder().name(name.get())
          .port((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, port.get()))).build());
      if (mapped != null) {
        ports.add(mapped);
      }
    }
    return ports;
  }
}
