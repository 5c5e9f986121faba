package dev.alluxiok8s.model.tieredstore;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.volume.VolumeKind;
import org.junit.jupiter.api.Test;

class TierVolumeTest {

  @Test
  void aNodeDirectoryAScratchDirectoryOrAClaim() {
    assertThat(TierVolume.builder().kind(VolumeKind.HOST_PATH).hostPath("/mnt/disks/ssd0").build().hostPath())
        .contains("/mnt/disks/ssd0");
    assertThat(TierVolume.of(VolumeKind.EMPTY_DIR).claimName()).isEmpty();
    assertThat(TierVolume.claim("alluxio-cache").claimName()).contains("alluxio-cache");
  }

  @Test
  void refusesSettingsOfAnotherKind() {
    assertThat(problemsOf("TierVolume", () -> TierVolume.builder().kind(VolumeKind.EMPTY_DIR).hostPath("/mnt")
        .claimName("c").build()))
        .containsExactly(
            problem("hostPath", "only applies to kind hostPath"),
            problem("claimName", "only applies to kind persistentVolumeClaim"));
  }

  @Test
  void refusesAClaimWithoutAValidName() {
    assertThat(problemsOf("TierVolume", () -> TierVolume.of(VolumeKind.PERSISTENT_VOLUME_CLAIM)))
        .containsExactly(problem("claimName", "is required for kind persistentVolumeClaim"));
    assertThat(problemsOf("TierVolume", () -> TierVolume.claim("Cache_Claim")))
        .containsExactly(problem("claimName", "\"Cache_Claim\" is not a claim name (lower-case letters, digits, '-' and '.')"));
  }

  @Test
  void refusesAHostPathThatIsRelativeOrTheRoot() {
    assertThat(problemsOf("TierVolume", () -> TierVolume.builder().kind(VolumeKind.HOST_PATH).hostPath("/").build()))
        .containsExactly(problem(SpecRule.SAFE_PATH, "hostPath", "must be an absolute path other than /, got \"/\""));
  }
}
