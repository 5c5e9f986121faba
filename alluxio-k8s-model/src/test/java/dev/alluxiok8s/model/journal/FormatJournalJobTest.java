package dev.alluxiok8s.model.journal;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatJournalJobTest {

  @Test
  void offByDefaultWithChart052sDeadline() {
    FormatJournalJob job = FormatJournalJob.builder().build();
    assertThat(job.enabled()).isFalse();
    assertThat(job.activeDeadlineSeconds()).isEqualTo(30);
  }

  @Test
  void acceptsTheShortestDeadline() {
    assertThat(FormatJournalJob.builder().enabled(true).activeDeadlineSeconds(1).build().enabled()).isTrue();
  }

  @Test
  void refusesANonPositiveDeadline() {
    assertThat(problemsOf("FormatJournalJob", () -> FormatJournalJob.builder().activeDeadlineSeconds(0).build()))
        .containsExactly(problem("activeDeadlineSeconds", "must be greater than 0"));
  }
}
