package dev.alluxiok8s.render.security;

import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.security.RunAs;
import java.util.List;
import java.util.Optional;

/**
 * The masters' Pod Security exemption. Masters need nothing of the node, so they are held to
 * "restricted"; where the spec makes them fall below it without declaring an exemption (running as
 * root, the demo hostPath journal volume) the exemption is implied: written on the StatefulSet as
 * the workers' is, and reported as a warning at the attribute that causes it.
 */
public final class MasterPodSecurity {

  /** The id of the warning that masters fall below restricted without a declared exemption. */
  public static final String RULE = "RENDER-MASTERS-BELOW-RESTRICTED";
  static final String ATTRIBUTE = "spec.masters.podSecurity";

  private MasterPodSecurity() {}

  /** The exemption the StatefulSet carries: the spec's own, or the implied one. */
  public static Optional<PodSecurityExemption> of(ClusterSpec spec) {
    return spec.masters().podSecurity().or(() -> implied(spec).map(ImpliedExemption::exemption));
  }

  /** The exemption the spec's settings imply, when it declares none and the masters fall below restricted. */
  public static Optional<ImpliedExemption> implied(ClusterSpec spec) {
    if (spec.masters().podSecurity().isPresent()) {
      return Optional.empty();
    }
    Remedy declare = new Remedy.DeclareExemption(ATTRIBUTE, PodSecurityLevel.BASELINE);
    if (spec.runAs().isRoot()) {
      return Optional.of(ImpliedExemption.of(RULE, "spec.runAs.user", "masters", "the master StatefulSet", "restricted",
          PodSecurityExemption.of(PodSecurityLevel.BASELINE, "runAs.user is 0, so Alluxio runs as root"),
          new Remedy.AnyOf(List.of(new Remedy.SetAttribute("spec.runAs.user", String.valueOf(RunAs.IMAGE_USER)),
              declare))));
    }
    if (spec.journal().persistentVolume().isPresent()) {
      return Optional.of(ImpliedExemption.of(RULE, "spec.journal.persistentVolume", "masters", "the master StatefulSet",
          "restricted", PodSecurityExemption.of(PodSecurityLevel.BASELINE, "the demo hostPath journal volume"
              + " (journal.persistentVolume) is handed to Alluxio's user by an init container running as root"
              + " with CHOWN"),
          declare));
    }
    return Optional.empty();
  }
}
