package dev.alluxiok8s.model.worker;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.placement.PodSettings;
import dev.alluxiok8s.model.process.JobWorkerProcess;
import dev.alluxiok8s.model.process.WorkerProcess;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The worker pods, one per eligible node (a DaemonSet), each with a worker and a job worker.
 * Host networking is on by default, as in Alluxio's guide, so clients reach a worker at its
 * node's address; on host networking or hostPath storage, workers fall below the Pod Security
 * baseline and need a {@link #podSecurity()} exemption. When only defaults put them there (host
 * networking, the short-circuit domain socket directory), the renderer declares it for them, with
 * the reason, and warns; a hostPath the spec chooses itself must be declared.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableWorkers.class)
@JsonDeserialize(as = ImmutableWorkers.class)
// A spec file lists its own attributes first, then the pod settings, as before they were shared.
@JsonPropertyOrder({"worker", "jobWorker", "ports", "placement", "hostNetwork", "dnsPolicy", "pod", "podSecurity"})
public interface Workers extends PodSettings {

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

  @Override
  @Value.Default
  default boolean hostNetwork() {
    return true;
  }

  static ImmutableWorkers.Builder builder() {
    return ImmutableWorkers.builder();
  }
}
