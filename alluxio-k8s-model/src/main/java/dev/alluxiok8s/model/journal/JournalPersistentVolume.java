package dev.alluxiok8s.model.journal;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A hostPath PersistentVolume for the journal claim, for single-node demo clusters (minikube,
 * kind) that have no provisioner. Opt-in: on a real cluster a hostPath volume ties the journal to
 * one node.
 *
 * <p>The volume is pinned to one node by its node affinity, so the master (and the format Job) always
 * land where the journal's files are: the node named by {@link #nodeName()}, or, without one, the
 * node the user labels for it (the render prints the {@code kubectl label node} command).
 *
 * <pre>{@code
 * JournalPersistentVolume.builder().hostPath("/tmp/alluxio-journal").nodeName("minikube").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableJournalPersistentVolume.class)
@JsonDeserialize(as = ImmutableJournalPersistentVolume.class)
public interface JournalPersistentVolume {

  /** The node directory that backs the volume. */
  @Value.Default
  default String hostPath() {
    return "/tmp/alluxio-journal";
  }

  /**
   * The node that holds {@link #hostPath()}, by the value of its {@code kubernetes.io/hostname}
   * label (its name on minikube, kind and most clusters). Empty: the volume goes to the one node
   * labelled for it.
   */
  Optional<String> nodeName();

  static ImmutableJournalPersistentVolume.Builder builder() {
    return ImmutableJournalPersistentVolume.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("JournalPersistentVolume");
    SafePaths.checkNodePath(problems, "hostPath", hostPath());
    // The name is matched as a label value, which is shorter than a node name may be.
    problems.require(nodeName().map(n -> KubernetesNames.isDnsSubdomain(n) && KubernetesNames.isLabelValue(n)).orElse(true),
        "nodeName", "must be a node name: at most 63 lowercase letters, digits, '-' and '.', starting and"
            + " ending with a letter or digit");
    problems.throwIfAny();
  }
}
