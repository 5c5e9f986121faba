package dev.alluxiok8s.render.master;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The masters' Pod Security exemption: the spec's own, or, when the spec makes the masters fall
 * below "restricted" without declaring it, one derived from the cause, so the output always says
 * so (on the StatefulSet, as the workers' exemption does) and validation reports it.
 */
final class MasterPodSecurity {

  private MasterPodSecurity() {}

  static Optional<PodSecurityExemption> of(ClusterSpec spec) {
    if (spec.masters().podSecurity().isPresent()) {
      return spec.masters().podSecurity();
    }
    List<String> causes = new ArrayList<>();
    if (spec.runAs().isRoot()) {
      causes.add("runAs.user is 0, so Alluxio runs as root");
    } else if (spec.journal().persistentVolume().isPresent()) {
      causes.add("the demo hostPath journal volume (journal.persistentVolume) is handed to Alluxio's user by an "
          + "init container running as root with CHOWN");
    }
    return causes.isEmpty() ? Optional.empty()
        : Optional.of(PodSecurityExemption.of(PodSecurityLevel.BASELINE, String.join("; ", causes)));
  }
}
