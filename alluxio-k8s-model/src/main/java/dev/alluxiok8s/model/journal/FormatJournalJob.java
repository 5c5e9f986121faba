package dev.alluxiok8s.model.journal;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The Job that formats the journal ({@code alluxio formatJournal}) before a first start or an
 * upgrade that needs it.
 *
 * <p>Off by default, unlike chart 0.5.2 which always emits it: applying it <em>erases</em> the
 * journal, so it must never ride along with an ordinary {@code kubectl apply} of the cluster.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableFormatJournalJob.class)
@JsonDeserialize(as = ImmutableFormatJournalJob.class)
public interface FormatJournalJob {

  @Value.Default
  default boolean enabled() {
    return false;
  }

  /** Seconds after completion before Kubernetes deletes the finished Job. */
  @Value.Default
  default long ttlSecondsAfterFinished() {
    return 10;
  }

  /** Seconds the Job may run before Kubernetes stops it. */
  @Value.Default
  default long activeDeadlineSeconds() {
    return 30;
  }

  static ImmutableFormatJournalJob.Builder builder() {
    return ImmutableFormatJournalJob.builder();
  }

  @Value.Check
  default void check() {
    new Problems("FormatJournalJob")
        .require(ttlSecondsAfterFinished() >= 0, "ttlSecondsAfterFinished", "must be greater than or equal to 0")
        .require(activeDeadlineSeconds() > 0, "activeDeadlineSeconds", "must be greater than 0")
        .throwIfAny();
  }
}
