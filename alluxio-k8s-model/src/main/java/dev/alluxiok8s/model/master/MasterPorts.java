package dev.alluxiok8s.model.master;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.DistinctPorts;
import dev.alluxiok8s.model.check.Problems;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The ports of a master pod (master and job master), Alluxio's defaults unless set. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMasterPorts.class)
@JsonDeserialize(as = ImmutableMasterPorts.class)
public interface MasterPorts {

  @Value.Default
  default int rpc() {
    return 19998;
  }

  @Value.Default
  default int web() {
    return 19999;
  }

  /** The embedded journal's Raft port. */
  @Value.Default
  default int embedded() {
    return 19200;
  }

  @Value.Default
  default int jobRpc() {
    return 20001;
  }

  @Value.Default
  default int jobWeb() {
    return 20002;
  }

  /** The job master's embedded journal port. */
  @Value.Default
  default int jobEmbedded() {
    return 20003;
  }

  static ImmutableMasterPorts.Builder builder() {
    return ImmutableMasterPorts.builder();
  }

  /** Adds every port to {@code ports}, each under {@code prefix}. */
  default void addTo(DistinctPorts ports, String prefix) {
    ports.add(prefix + "rpc", rpc()).add(prefix + "web", web()).add(prefix + "embedded", embedded())
        .add(prefix + "jobRpc", jobRpc()).add(prefix + "jobWeb", jobWeb()).add(prefix + "jobEmbedded", jobEmbedded());
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("MasterPorts");
    addTo(new DistinctPorts(problems), "");
    problems.throwIfAny();
  }
}
