package dev.alluxiok8s.model.journal;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A hostPath PersistentVolume for the journal claim, for single-node demo clusters (minikube,
 * kind) that have no provisioner. Opt-in: on a real cluster a hostPath volume ties the journal to
 * one node.
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

  static ImmutableJournalPersistentVolume.Builder builder() {
    return ImmutableJournalPersistentVolume.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("JournalPersistentVolume");
    SafePaths.checkNodePath(problems, "hostPath", hostPath());
    problems.throwIfAny();
  }
}
