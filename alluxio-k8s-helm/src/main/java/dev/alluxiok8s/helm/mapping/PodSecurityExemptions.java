package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.values.Values;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.ImmutableClusterSpec;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.volume.VolumeKind;
import dev.alluxiok8s.model.worker.Workers;
import java.util.ArrayList;
import java.util.List;

/**
 * Workers on host networking, node directories or FUSE inside them, masters on host networking and
 * FUSE (always privileged) fall below the Pod Security baseline, as they did with the chart. The import
 * declares that, with the reason, so the output validates, and says so.
 */
final class PodSecurityExemptions {

  private PodSecurityExemptions() {}

  /** {@code spec} with an exemption declared for each component that needs one and declares none. */
  static ClusterSpec declare(ClusterSpec spec, Values values) {
    ImmutableClusterSpec.Builder b = ClusterSpec.builder().from(spec);
    List<String> workerReasons = new ArrayList<>();
    if (spec.workers().hostNetwork()) {
      workerReasons.add("workers use host networking");
    }
    if (spec.shortCircuit().enabled()) {
      workerReasons.add("a hostPath domain socket");
    }
    boolean hostPathTier = spec.tieredStore().levels().stream()
        .anyMatch(l -> l.directories().stream().anyMatch(d -> l.volumeOf(d).kind() == VolumeKind.HOST_PATH));
    if (hostPathTier) {
      workerReasons.add("hostPath tier directories");
    }
    if (spec.fuse().enabled() && spec.fuse().inWorker()) {
      workerReasons.add("FUSE inside the workers (a privileged container with SYS_ADMIN)");
    }
    if (!workerReasons.isEmpty() && spec.workers().podSecurity().isEmpty()) {
      String reason = "imported from Alluxio's Helm chart: " + joinAnd(workerReasons);
      b.workers(Workers.builder().from(spec.workers())
          .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, reason)).build());
      values.warnFile("workers: declared a Pod Security exemption (privileged), as the chart's workers need one: "
          + joinAnd(workerReasons) + "; the namespace must allow privileged pods");
    }
    if (spec.masters().hostNetwork() && spec.masters().podSecurity().isEmpty()) {
      b.masters(Masters.builder().from(spec.masters()).podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED,
          "imported from Alluxio's Helm chart: masters use host networking")).build());
      values.warnFile("masters: declared a Pod Security exemption (privileged) because they use host networking");
    }
    if (spec.fuse().ownDaemonSet() && spec.fuse().podSecurity().isEmpty()) {
      b.fuse(Fuse.builder().from(spec.fuse()).podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED,
          "imported from Alluxio's Helm chart: FUSE mounts need a privileged container with SYS_ADMIN")).build());
      values.warnFile("fuse: declared a Pod Security exemption (privileged): FUSE mounts need a privileged container");
    }
    return b.build();
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  private static String joinAnd(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }
}
