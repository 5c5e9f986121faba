package dev.alluxiok8s.model.journal;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JournalPersistentVolumeTest {

  @Test
  void backsTheClaimWithATmpDirectoryByDefault() {
    assertThat(JournalPersistentVolume.builder().build().hostPath()).isEqualTo("/tmp/alluxio-journal");
  }

  @Test
  void refusesARelativeHostPath() {
    assertThat(problemsOf("JournalPersistentVolume", () -> JournalPersistentVolume.builder().hostPath("data/journal").build()))
        .containsExactly(problem("hostPath", "must be an absolute path other than /, got \"data/journal\""));
  }
}
