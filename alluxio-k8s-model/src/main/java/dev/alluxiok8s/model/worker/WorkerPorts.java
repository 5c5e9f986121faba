package dev.alluxiok8s.model.worker;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.DistinctPorts;
import dev.alluxiok8s.model.check.Problems;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The ports of a worker pod (worker and job worker), Alluxio's defaults unless set. With host
 * networking these are ports of the node.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableWorkerPorts.class)
@JsonDeserialize(as = ImmutableWorkerPorts.class)
public interface WorkerPorts {

  @Value.Default
  default int rpc() {
    return 29999;
  }

  @Value.Default
  default int web() {
    return 30000;
  }

  @Value.Default
  default int jobRpc() {
    return 30001;
  }

  @Value.Default
  default int jobData() {
    return 30002;
  }

  @Value.Default
  default int jobWeb() {
    return 30003;
  }

  static ImmutableWorkerPorts.Builder builder() {
    return ImmutableWorkerPorts.builder();
  }

  /** Adds every port to {@code ports}, each under {@code prefix}. */
  default void addTo(DistinctPorts ports, String prefix) {
    ports.add(prefix + "rpc", rpc()).add(prefix + "web", web()).add(prefix + "jobRpc", jobRpc())
        .add(prefix + "jobData", jobData()).add(prefix + "jobWeb", jobWeb());
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("WorkerPorts");
    addTo(new DistinctPorts(problems), "");
    problems.throwIfAny();
  }
}
