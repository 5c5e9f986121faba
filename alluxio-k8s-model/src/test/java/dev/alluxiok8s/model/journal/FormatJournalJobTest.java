package dev.alluxiok8s.model.journal;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatJournalJobTest {

  @Test
  void offByDefaultWithChart052sTimings() {
    FormatJournalJob job = FormatJournalJob.builder().build();
    assertThat(job.enabled()).isFalse();
    assertThat(job.ttlSecondsAfterFinished()).isEqualTo(10);
    assertThat(job.activeDeadlineSeconds()).isEqualTo(30);
  }

  @Test
  void acceptsAZeroTtl() {
    assertThat(FormatJournalJob.builder().enabled(true).ttlSecondsAfterFinished(0).activeDeadlineSeconds(1).build().enabled())
        .isTrue();
  }

  @Test
  void refusesNegativeTtlAndNonPositiveDeadline() {
    assertThat(problemsOf("FormatJournalJob", () -> FormatJournalJob.builder().ttlSecondsAfterFinished(-1)
        .activeDeadlineSeconds(0).build()))
        .containsExactly(
            problem("ttlSecondsAfterFinished", "must be greater than or equal to 0"),
            problem("activeDeadlineSeconds", "must be greater than 0"));
  }
}
