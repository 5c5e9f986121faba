package dev.alluxiok8s.model.volume;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataVolumeTest {

  @Test
  void aReadWriteOnceClaimOfOneGibiByDefault() {
    DataVolume volume = DataVolume.builder().build();
    assertThat(volume.kind()).isEqualTo(VolumeKind.PERSISTENT_VOLUME_CLAIM);
    assertThat(volume.size()).isEqualTo("1Gi");
    assertThat(volume.accessModes()).isEmpty();
    assertThat(volume.effectiveAccessModes()).containsExactly(AccessMode.READ_WRITE_ONCE);
  }

  @Test
  void aSharedClaimOfAGivenClass() {
    DataVolume volume = DataVolume.builder().size("10Gi").storageClass("nfs-client")
        .addAccessModes(AccessMode.READ_WRITE_MANY).build();
    assertThat(volume.effectiveAccessModes()).isEqualTo(List.of(AccessMode.READ_WRITE_MANY));
  }

  @Test
  void anEmptyDirInMemory() {
    assertThat(DataVolume.builder().kind(VolumeKind.EMPTY_DIR).medium("Memory").build().medium()).contains("Memory");
    assertThat(DataVolume.builder().kind(VolumeKind.EMPTY_DIR).medium("").build().medium()).contains("");
  }

  @Test
  void refusesHostPathForMasterStorage() {
    assertThat(problemsOf("DataVolume", () -> DataVolume.builder().kind(VolumeKind.HOST_PATH).build()))
        .containsExactly(problem("kind", "hostPath is not offered for master storage: a master pod can be rescheduled "
            + "to another node and lose it; use persistentVolumeClaim or emptyDir"));
  }

  @Test
  void refusesASizeThatIsNotAPositiveQuantity() {
    assertThat(problemsOf("DataVolume", () -> DataVolume.claim("1GB")))
        .containsExactly(problem("size", "\"1GB\" is not a Kubernetes quantity (examples: 10Gi, 500M, 250m, 2)"));
    assertThat(problemsOf("DataVolume", () -> DataVolume.claim("0")))
        .containsExactly(problem("size", "must be greater than 0"));
  }

  @Test
  void refusesClaimSettingsOnAnEmptyDir() {
    assertThat(problemsOf("DataVolume", () -> DataVolume.builder().kind(VolumeKind.EMPTY_DIR).storageClass("Fast_SSD")
        .addAccessModes(AccessMode.READ_WRITE_ONCE).build()))
        .containsExactly(
            problem("storageClass", "\"Fast_SSD\" is not a storage class name (lower-case letters, digits, '-' and '.')"),
            problem("kind", "storageClass and accessModes only apply to kind persistentVolumeClaim"));
  }

  @Test
  void refusesAMediumOtherThanMemoryAndOnAClaim() {
    assertThat(problemsOf("DataVolume", () -> DataVolume.builder().kind(VolumeKind.EMPTY_DIR).medium("HugePages").build()))
        .containsExactly(problem("medium", "Unsupported value: \"HugePages\": supported values: \"\", \"Memory\""));
    assertThat(problemsOf("DataVolume", () -> DataVolume.builder().medium("Memory").build()))
        .containsExactly(problem("medium", "only applies to kind emptyDir"));
  }

  @Test
  void refusesAnAccessModeListedTwice() {
    assertThat(problemsOf("DataVolume", () -> DataVolume.builder()
        .addAccessModes(AccessMode.READ_WRITE_MANY, AccessMode.READ_WRITE_MANY).build()))
        .containsExactly(problem("accessModes", "lists a mode twice"));
  }

  @Test
  void refusesASizeInMilliBytes() {
    assertThat(problemsOf("DataVolume", () -> DataVolume.builder().size("512m").build()))
        .containsExactly(problem(SpecRule.SIZE_UNIT, "size", "\"512m\" is 0.512 bytes ('m' means milli); did you mean 512Mi?"));
  }
}
