package dev.alluxiok8s.model.tieredstore;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.volume.VolumeKind;
import org.junit.jupiter.api.Test;

class TierLevelTest {

  private static ImmutableTierLevel.Builder ssd() {
    return TierLevel.builder().alias(MediumType.SSD).addDirectories(TierDirectory.at("/mnt/ssd", "100Gi"));
  }

  @Test
  void everyDirectoryOfALevelHasAQuotaOrNoneHas() {
    assertThat(problemsOf("TierLevel", () -> ssd().addDirectories(TierDirectory.builder().path("/mnt/ssd1").build()).build()))
        .containsExactly(problem("directories",
            "give every directory of a level a quota, or none (Alluxio pairs quotas with directories by position)"));
    assertThat(TierLevel.builder().alias(MediumType.HDD).addDirectories(TierDirectory.builder().path("/mnt/a").build(),
        TierDirectory.builder().path("/mnt/b").build()).build().directories()).hasSize(2);
  }

  @Test
  void directoriesTakeTheLevelsMediumAndAVolumeForIt() {
    TierDirectory hdd = TierDirectory.builder().path("/mnt/hdd").quota("1Ti").mediumType(MediumType.HDD).build();
    TierDirectory claimed = TierDirectory.builder().path("/mnt/pvc").quota("50Gi").volume(TierVolume.claim("cache")).build();
    TierLevel level = ssd().addDirectories(hdd, claimed).build();
    TierDirectory first = level.directories().get(0);
    assertThat(level.mediumOf(first)).isEqualTo(MediumType.SSD);
    assertThat(level.mediumOf(hdd)).isEqualTo(MediumType.HDD);
    assertThat(level.volumeOf(first)).isEqualTo(TierVolume.of(VolumeKind.HOST_PATH));
    assertThat(level.volumeOf(claimed)).isEqualTo(TierVolume.claim("cache"));
    TierLevel mem = TierLevel.builder().alias(MediumType.MEM).addDirectories(TierDirectory.at("/dev/shm", "1Gi")).build();
    assertThat(mem.volumeOf(mem.directories().get(0))).isEqualTo(TierVolume.of(VolumeKind.EMPTY_DIR));
  }

  @Test
  void acceptsWatermarksInOrder() {
    assertThat(ssd().highWatermark(1.0).lowWatermark(0.5).build().highWatermark()).contains(1.0);
    assertThat(ssd().lowWatermark(0.9).build().lowWatermark()).contains(0.9);
  }

  @Test
  void aWatermarkOf0IsRefusedAndALowOneOf1Too() {
    assertThat(problemsOf("TierLevel", () -> ssd().highWatermark(0.0).build()))
        .containsExactly(
            problem("highWatermark", "must be greater than 0 and at most 1, got 0.0"),
            problem("highWatermark", "the low watermark (0.7) must be below the high watermark (0.0)"));
    assertThat(problemsOf("TierLevel", () -> ssd().highWatermark(1.0).lowWatermark(1.0).build()))
        .containsExactly(
            problem("lowWatermark", "must be greater than 0 and less than 1, got 1.0"),
            problem("lowWatermark", "the low watermark (1.0) must be below the high watermark (1.0)"));
  }

  @Test
  void aLowWatermarkAloneIsComparedWithAlluxiosHighOne() {
    assertThat(problemsOf("TierLevel", () -> ssd().lowWatermark(0.96).build()))
        .containsExactly(problem("lowWatermark", "the low watermark (0.96) must be below the high watermark (0.95)"));
  }

  @Test
  void onlyAMemoryLevelsEmptyDirIsHeldInRam() {
    TierDirectory scratch = TierDirectory.builder().path("/mnt/scratch").quota("10Gi").volume(TierVolume.of(VolumeKind.EMPTY_DIR))
        .build();
    TierLevel ssd = TierLevel.builder().alias(MediumType.SSD).addDirectories(scratch).build();
    TierLevel mem = TierLevel.builder().alias(MediumType.MEM).addDirectories(scratch).build();

    assertThat(ssd.isMemoryBacked(scratch)).isFalse();
    assertThat(mem.isMemoryBacked(scratch)).isTrue();
  }

  @Test
  void refusesALevelWithoutDirectories() {
    assertThat(problemsOf("TierLevel", () -> TierLevel.builder().alias(MediumType.MEM).build()))
        .containsExactly(problem("directories", "must list at least one directory"));
  }

  @Test
  void refusesWatermarksOutOfRange() {
    assertThat(problemsOf("TierLevel", () -> ssd().highWatermark(1.5).lowWatermark(0.0).build()))
        .containsExactly(
            problem("highWatermark", "must be greater than 0 and at most 1, got 1.5"),
            problem("lowWatermark", "must be greater than 0 and less than 1, got 0.0"));
  }

  @Test
  void refusesALowWatermarkAtOrAboveTheHighOne() {
    assertThat(problemsOf("TierLevel", () -> ssd().highWatermark(0.8).lowWatermark(0.8).build()))
        .containsExactly(problem("lowWatermark", "the low watermark (0.8) must be below the high watermark (0.8)"));
    assertThat(problemsOf("TierLevel", () -> ssd().highWatermark(0.5).build()))
        .containsExactly(problem("highWatermark", "the low watermark (0.7) must be below the high watermark (0.5)"));
  }
}
