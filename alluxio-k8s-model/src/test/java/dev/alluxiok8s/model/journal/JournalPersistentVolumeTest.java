package dev.alluxiok8s.model.journal;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import org.junit.jupiter.api.Test;

class JournalPersistentVolumeTest {

  @Test
  void backsTheClaimWithATmpDirectoryByDefault() {
    assertThat(JournalPersistentVolume.builder().build().hostPath()).isEqualTo("/tmp/alluxio-journal");
  }

  @Test
  void refusesARelativeHostPath() {
    assertThat(problemsOf("JournalPersistentVolume", () -> JournalPersistentVolume.builder().hostPath("data/journal").build()))
        .containsExactly(problem(SpecRule.SAFE_PATH, "hostPath", "must be an absolute path other than /, got \"data/journal\""));
  }

  @Test
  void namesNoNodeUnlessTold() {
    assertThat(JournalPersistentVolume.builder().build().nodeName()).isEmpty();
    assertThat(JournalPersistentVolume.builder().nodeName("kind-control-plane").build().nodeName())
        .contains("kind-control-plane");
  }

  @Test
  void refusesANodeNameThatCannotBeMatchedAsALabelValue() {
    String tooLong = "n".repeat(64);

    for (String bad : new String[] {"Minikube", "node_1", "-node", tooLong, ""}) {
      assertThat(problemsOf("JournalPersistentVolume", () -> JournalPersistentVolume.builder().nodeName(bad).build()))
          .as(bad)
          .containsExactly(problem("nodeName", "must be a node name: at most 63 lowercase letters, digits, '-' and"
              + " '.', starting and ending with a letter or digit"));
    }
  }
}
