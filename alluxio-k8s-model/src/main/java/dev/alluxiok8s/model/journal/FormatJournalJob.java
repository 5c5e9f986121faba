package dev.alluxiok8s.model.journal;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The Job that formats the journal ({@code alluxio formatJournal}): a deliberate reformat, which
 * <em>erases</em> every file system entry, mount and block location the masters recorded (the
 * data in the under storage stays). A first start needs no format: Alluxio 2.9 masters start on an
 * empty journal folder.
 *
 * <p>Off by default, unlike chart 0.5.2 which always emits it. When enabled it is written only to
 * the kubectl layout's {@code job/} folder, never into a layout applied as a whole (stream, files,
 * kustomize), and it has no {@code ttlSecondsAfterFinished}: the finished Job stays, so applying the
 * folder again changes nothing instead of recreating the Job and formatting a live journal.
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
        .require(activeDeadlineSeconds() > 0, "activeDeadlineSeconds", "must be greater than 0")
        .throwIfAny();
  }
}
