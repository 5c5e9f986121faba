package dev.alluxiok8s.model.tieredstore;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import org.junit.jupiter.api.Test;

class TierDirectoryTest {

  @Test
  void aDirectoryWithAQuota() {
    TierDirectory ssd = TierDirectory.at("/mnt/ssd0", "100Gi");
    assertThat(ssd.quota()).contains("100Gi");
    assertThat(ssd.mediumType()).isEmpty();
    assertThat(TierDirectory.builder().path("/mnt/hdd").build().quota()).isEmpty();
  }

  @Test
  void refusesAPathThatIsRelativeOrTheRoot() {
    assertThat(problemsOf("TierDirectory", () -> TierDirectory.at("mnt/ssd", "1Gi")))
        .containsExactly(problem(SpecRule.SAFE_PATH, "path", "must be an absolute path other than /, got \"mnt/ssd\""));
    assertThat(problemsOf("TierDirectory", () -> TierDirectory.at("/", "1Gi")))
        .containsExactly(problem(SpecRule.SAFE_PATH, "path", "must be an absolute path other than /, got \"/\""));
  }

  @Test
  void refusesACommaBecauseAlluxioSplitsDirectoriesOnIt() {
    assertThat(problemsOf("TierDirectory", () -> TierDirectory.at("/mnt/a,/mnt/b", "1Gi")))
        .containsExactly(problem("path",
            "may not contain ',' (Alluxio separates directories with commas); give each directory its own entry"));
  }

  @Test
  void refusesAQuotaThatIsNotAPositiveQuantity() {
    assertThat(problemsOf("TierDirectory", () -> TierDirectory.at("/mnt/ssd", "1GB")))
        .containsExactly(problem("quota", "\"1GB\" is not a Kubernetes quantity (examples: 10Gi, 500M)"));
    assertThat(problemsOf("TierDirectory", () -> TierDirectory.at("/mnt/ssd", "0Gi")))
        .containsExactly(problem("quota", "must be greater than 0"));
  }

  @Test
  void refusesAQuotaInMilliBytes() {
    assertThat(problemsOf("TierDirectory", () -> TierDirectory.at("/mnt/ssd", "512m")))
        .containsExactly(problem(SpecRule.SIZE_UNIT, "quota", "\"512m\" is 0.512 bytes ('m' means milli); did you mean 512Mi?"));
  }
}
