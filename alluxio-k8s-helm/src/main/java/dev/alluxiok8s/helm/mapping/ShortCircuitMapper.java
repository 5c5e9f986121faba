package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.ChartLine.Trait;
import dev.alluxiok8s.model.shortcircuit.ImmutableShortCircuit;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import java.util.List;
import java.util.Optional;

/** The line's short-circuit keys and the domain socket properties onto {@code spec.shortCircuit}. */
final class ShortCircuitMapper extends AreaMapper {

  ShortCircuitMapper(MappingContext c) {
    super(c);
  }

  ShortCircuit map(GlobalProperties global) {
    ImmutableShortCircuit.Builder b = ShortCircuit.builder();
    ChartLine line = c.line;
    if (line.has(Trait.COMPONENT_SWITCHES)) {
      values.bool("shortCircuit.enabled").ifPresent(b::enabled);
      c.origin("shortCircuit.enabled", "shortCircuit.enabled");
    }
    Optional<String> policy = values.oneOf(values.at(line.shortCircuitPolicyKey()), List.of("uuid", "local"));
    values.string(line.domainHostPathKey()).ifPresent(b::hostPath);
    c.origin("shortCircuit.hostPath", line.domainHostPathKey());
    if (line.has(Trait.VOLUME_TYPES)) {
      warnOfClaim();
    }
    policy.filter(p -> p.equals("local")).ifPresent(p -> values.warn(values.at(line.shortCircuitPolicyKey()).orElseThrow(),
        "policy local is rendered as policy uuid: short-circuit reads go through the domain socket, so FUSE "
            + "never needs the workers' tier directories (deliberate difference short-circuit-local)"));
    global.get("alluxio.user.short.circuit.enabled").ifPresent(n -> {
      values.propertyBool(n).ifPresent(b::enabled);
      c.origin("shortCircuit.enabled", n);
    });
    global.get("alluxio.worker.data.server.domain.socket.address").ifPresent(n -> {
      values.string(Optional.of(n)).ifPresent(b::mountPath);
      c.origin("shortCircuit.mountPath", n);
    });
    global.get("alluxio.worker.data.server.domain.socket.as.uuid").ifPresent(n ->
        values.propertyBool(n).ifPresent(b::socketAsUuid));
    return b.build();
  }

  /** The chart's default claim for the domain socket becomes the node's directory, with a warning. */
  private void warnOfClaim() {
    String volumeType = values.oneOf(values.at("shortCircuit.volumeType"), List.of("persistentVolumeClaim", "hostPath"))
        .orElse("persistentVolumeClaim");
    if (volumeType.equals("persistentVolumeClaim") && values.bool("shortCircuit.enabled").orElse(true)) {
      String message = "the domain socket directory is the node's " + values.string("shortCircuit.hostPath")
          .orElse("/tmp/alluxio-domain") + " (hostPath) instead of the claim alluxio-worker-domain-socket: a "
          + "claim shared by every worker needs ReadWriteMany storage, which the chart's ReadWriteOnce claim is not";
      values.at("shortCircuit.volumeType").ifPresentOrElse(n -> values.warn(n, message),
          () -> values.warnFile("shortCircuit.volumeType: " + message));
    }
  }
}
