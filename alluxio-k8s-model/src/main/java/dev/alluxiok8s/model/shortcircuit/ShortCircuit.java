package dev.alluxiok8s.model.shortcircuit;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Short-circuit reads: clients on a worker's node read blocks through a Unix domain socket in a
 * node directory shared with the worker, instead of over the network.
 *
 * <p>{@code socketAsUuid} (the default) lets the worker name its socket file with a random UUID
 * inside {@link #mountPath()}, so restarts never collide with a stale socket.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableShortCircuit.class)
@JsonDeserialize(as = ImmutableShortCircuit.class)
public interface ShortCircuit {

  @Value.Default
  default boolean enabled() {
    return true;
  }

  /** The node directory that holds the socket. */
  @Value.Default
  default String hostPath() {
    return "/tmp/alluxio-domain";
  }

  /** Where that directory appears in the containers. */
  @Value.Default
  default String mountPath() {
    return "/opt/domain";
  }

  /** {@code alluxio.worker.data.server.domain.socket.as.uuid}. */
  @Value.Default
  default boolean socketAsUuid() {
    return true;
  }

  static ImmutableShortCircuit.Builder builder() {
    return ImmutableShortCircuit.builder();
  }

  static ShortCircuit disabled() {
    return builder().enabled(false).build();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("ShortCircuit");
    SafePaths.checkNodePath(problems, "hostPath", hostPath());
    SafePaths.checkContainerPath(problems, "mountPath", mountPath());
    problems.throwIfAny();
  }
}
