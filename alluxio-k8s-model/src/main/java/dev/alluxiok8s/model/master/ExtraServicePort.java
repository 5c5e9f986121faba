package dev.alluxiok8s.model.master;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A port the masters' Services carry beside Alluxio's own (chart 0.6.x's
 * {@code master.extraServicePorts}), for something else listening in the master pods, such as
 * an exporter added with a customization.
 *
 * <pre>{@code
 * ExtraServicePort.builder().name("exporter").port(9100).build();   // TCP 9100 -> 9100
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableExtraServicePort.class)
@JsonDeserialize(as = ImmutableExtraServicePort.class)
public interface ExtraServicePort {

  /** The protocols a Service port may use. */
  List<String> PROTOCOLS = List.of("TCP", "UDP", "SCTP");

  /** The port's name on the Services (an IANA service name: up to 15 of a-z, 0-9 and '-'). */
  String name();

  /** The Services' port. */
  int port();

  /** The container port it forwards to; left out, the same number as {@link #port()}. */
  Optional<Integer> targetPort();

  @Value.Default
  default String protocol() {
    return "TCP";
  }

  /** {@link #targetPort()}, or {@link #port()} when left out. */
  default int effectiveTargetPort() {
    return targetPort().orElse(port());
  }

  static ImmutableExtraServicePort.Builder builder() {
    return ImmutableExtraServicePort.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("ExtraServicePort");
    KubernetesNames.portName(name()).forEach(e -> problems.add("name", "\"" + name() + "\" is not a port name: " + e));
    problems.require(port() >= 1 && port() <= 65535, "port", "must be between 1 and 65535, inclusive, got " + port());
    targetPort().ifPresent(t -> problems.require(t >= 1 && t <= 65535, "targetPort",
        "must be between 1 and 65535, inclusive, got " + t));
    problems.require(PROTOCOLS.contains(protocol()), "protocol", "\"" + protocol() + "\" is not one of TCP, UDP, SCTP");
    problems.throwIfAny();
  }
}
