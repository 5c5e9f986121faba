package dev.alluxiok8s.render.security;

import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.volume.VolumeKind;
import dev.alluxiok8s.model.worker.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workers' Pod Security exemption. By default workers use host networking (clients reach a
 * worker at its node's address, as in Alluxio's guide) and a node directory for the short-circuit
 * domain socket, both below "baseline"; so that the smallest spec renders, those defaults declare
 * their own exemption (privileged, with the reason), reported as a warning that names {@code
 * spec.workers.podSecurity}, where a spec makes it explicit.
 *
 * <p>Only defaults declare it: when the spec itself asks for something below baseline (another
 * short-circuit directory, a hostPath tier), it declares the exemption itself, and validation
 * refuses the workers until it does. A spec that writes a default value out ({@code hostNetwork:
 * true}) asks for nothing else, and the model cannot tell the two apart, so the reason names the
 * attribute and its default rather than claiming it was left out.
 */
public final class WorkerPodSecurity {

  /** The id of the warning that the defaults declare the workers' exemption. */
  public static final String RULE = "RENDER-WORKERS-DEFAULT-EXEMPTION";
  static final String ATTRIBUTE = "spec.workers.podSecurity";

  private WorkerPodSecurity() {}

  /** The exemption the DaemonSet carries: the spec's own, or the one its defaults imply. */
  public static Optional<PodSecurityExemption> of(ClusterSpec spec) {
    return spec.workers().podSecurity().or(() -> implied(spec).map(ImpliedExemption::exemption));
  }

  /**
   * The exemption the defaults imply: when the spec declares none, and every setting that takes
   * the workers below baseline is a default.
   */
  public static Optional<ImpliedExemption> implied(ClusterSpec spec) {
    if (spec.workers().podSecurity().isPresent() || asksForTheNode(spec)) {
      return Optional.empty();
    }
    List<String> causes = new ArrayList<>();
    List<Remedy> overrides = new ArrayList<>();
    if (spec.workers().hostNetwork() && Workers.builder().build().hostNetwork()) {
      causes.add("workers use host networking (spec.workers.hostNetwork, true by default), so clients reach a worker"
          + " at its node's address");
      overrides.add(new Remedy.SetAttribute("spec.workers.hostNetwork", "false"));
    }
    if (spec.shortCircuit().enabled() && spec.shortCircuit().equals(ShortCircuit.builder().build())) {
      causes.add("short-circuit reads (spec.shortCircuit, on by default) use the node directory "
          + spec.shortCircuit().hostPath() + " (hostPath) for the domain socket");
      overrides.add(new Remedy.SetAttribute("spec.shortCircuit.enabled", "false"));
    }
    if (causes.isEmpty()) {
      return Optional.empty();
    }
    List<Remedy> choices = new ArrayList<>();
    choices.add(new Remedy.DeclareExemption(ATTRIBUTE, PodSecurityLevel.PRIVILEGED));
    if (overrides.size() == 1) {
      // Switching the one default off keeps the workers at baseline; with two, both must go, which
      // "one of these" would not say.
      choices.add(overrides.get(0));
    }
    Remedy remedy = choices.size() == 1 ? choices.get(0) : new Remedy.AnyOf(choices);
    return Optional.of(ImpliedExemption.of(RULE, ATTRIBUTE, "workers", "the worker DaemonSet", "baseline",
        PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, String.join("; ", causes)), remedy));
  }

  /**
   * True when the spec itself, not a default, puts the workers on the node: FUSE inside the
   * workers, a short-circuit directory of its own, or a tier directory that is a node directory.
   */
  private static boolean asksForTheNode(ClusterSpec spec) {
    if (spec.fuse().enabled() && spec.fuse().inWorker()) {
      return true; // a privileged worker container, which only the spec's own exemption may allow
    }
    ShortCircuit sc = spec.shortCircuit();
    if (sc.enabled() && !sc.equals(ShortCircuit.builder().build())) {
      return true;
    }
    for (TierLevel level : spec.tieredStore().levels()) {
      if (level.directories().stream().anyMatch(d -> level.volumeOf(d).kind() == VolumeKind.HOST_PATH)) {
        return true;
      }
    }
    return false;
  }
}
