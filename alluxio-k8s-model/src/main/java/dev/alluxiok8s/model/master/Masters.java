package dev.alluxiok8s.model.master;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.placement.PodSettings;
import dev.alluxiok8s.model.process.JobMasterProcess;
import dev.alluxiok8s.model.process.MasterProcess;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The master pods: how many, and the master and job-master processes each one runs. They are off
 * the node's network by default and held to Pod Security "restricted"; they need a {@link
 * #podSecurity()} exemption when put on host networking. Running as root or using the demo journal
 * volume takes them to baseline: without a declared exemption the renderer declares that one, with
 * the reason, and warns.
 *
 * <pre>{@code
 * Masters ha = Masters.builder().count(3).build();   // with an EMBEDDED journal: Raft across 3 masters
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMasters.class)
@JsonDeserialize(as = ImmutableMasters.class)
// A spec file lists its own attributes first, then the pod settings, as before they were shared.
@JsonPropertyOrder({"count", "master", "jobMaster", "ports", "extraServicePorts", "spreading", "placement", "hostNetwork", "dnsPolicy", "pod", "podSecurity"})
public interface Masters extends PodSettings {

  /** 1 for a single master; 3, 5, ... for high availability. */
  @Value.Default
  default int count() {
    return 1;
  }

  @Value.Default
  default MasterProcess master() {
    return MasterProcess.defaults();
  }

  @Value.Default
  default JobMasterProcess jobMaster() {
    return JobMasterProcess.defaults();
  }

  @Value.Default
  default MasterPorts ports() {
    return MasterPorts.builder().build();
  }

  /**
   * Whether several masters must ({@code required}) or should ({@code preferred}, the default)
   * run on different nodes ({@code kubernetes.io/hostname} pod anti-affinity).
   */
  @Value.Default
  default MasterSpreading spreading() {
    return MasterSpreading.PREFERRED;
  }

  @Override
  @Value.Default
  default boolean hostNetwork() {
    return false;
  }

  static ImmutableMasters.Builder builder() {
    return ImmutableMasters.builder();
  }

  /** Ports the masters' Services carry beside Alluxio's own. */
  List<ExtraServicePort> extraServicePorts();

  @Value.Check
  default void check() {
    Problems problems = new Problems("Masters")
        .require(count() >= 1 && count() <= 99, "count", "must be between 1 and 99, got " + count());
    ExtraServicePorts.check(problems, ports(), extraServicePorts());
    problems.throwIfAny();
  }
}
