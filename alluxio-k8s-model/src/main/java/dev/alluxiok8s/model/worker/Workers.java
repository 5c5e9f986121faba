package dev.alluxiok8s.model.worker;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.placement.DnsPolicy;
import dev.alluxiok8s.model.placement.PodNetwork;
import dev.alluxiok8s.model.placement.Placement;
import dev.alluxiok8s.model.process.JobWorkerProcess;
import dev.alluxiok8s.model.process.WorkerProcess;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The worker pods, one per eligible node (a DaemonSet), each with a worker and a job worker.
 * Host networking is on by default, as in Alluxio's guide, so clients reach a worker at its
 * node's address.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableWorkers.class)
@JsonDeserialize(as = ImmutableWorkers.class)
public interface Workers extends PodNetwork {

  @Value.Default
  default WorkerProcess worker() {
    return WorkerProcess.defaults();
  }

  @Value.Default
  default JobWorkerProcess jobWorker() {
    return JobWorkerProcess.defaults();
  }

  @Value.Default
  default WorkerPorts ports() {
    return WorkerPorts.builder().build();
  }

  @Value.Default
  default Placement placement() {
    return Placement.anywhere();
  }

  @Override
  @Value.Default
  default boolean hostNetwork() {
    return true;
  }

  @Override
  Optional<DnsPolicy> dnsPolicy();

  /** Workers on host networking or hostPath storage fall below baseline and need one. */
  Optional<PodSecurityExemption> podSecurity();

  static ImmutableWorkers.Builder builder() {
    return ImmutableWorkers.builder();
  }
}
