package dev.alluxiok8s.model.container;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A port a sidecar listens on; never on the node ({@code hostPort} is not offered). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSidecarPort.class)
@JsonDeserialize(as = ImmutableSidecarPort.class)
public interface SidecarPort {

  /** An IANA service name (at most 15 characters); not one alluxio-k8s names its own ports. */
  Optional<String> name();

  int containerPort();

  @Value.Default
  default String protocol() {
    return "TCP";
  }

  static ImmutableSidecarPort.Builder builder() {
    return ImmutableSidecarPort.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("SidecarPort");
    name().ifPresent(n -> KubernetesNames.portName(n).forEach(m -> problems.add("name", "\"" + n + "\": " + m)));
    problems.require(containerPort() >= 1 && containerPort() <= 65535, "containerPort",
        "must be between 1 and 65535, got " + containerPort());
    problems.require(List.of("TCP", "UDP", "SCTP").contains(protocol()), "protocol",
        "\"" + protocol() + "\" is not a protocol; use TCP, UDP or SCTP");
    problems.throwIfAny();
  }
}
