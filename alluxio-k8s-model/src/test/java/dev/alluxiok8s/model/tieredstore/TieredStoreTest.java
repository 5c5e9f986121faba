package dev.alluxiok8s.model.tieredstore;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TieredStoreTest {

  private static TierLevel level(MediumType alias, String... paths) {
    ImmutableTierLevel.Builder builder = TierLevel.builder().alias(alias);
    for (String path : paths) {
      builder.addDirectories(TierDirectory.at(path, "1Gi"));
    }
    return builder.build();
  }

  @Test
  void oneMemoryLevelOnDevShmByDefault() {
    TierLevel only = TierLevel.builder().alias(MediumType.MEM).addDirectories(TierDirectory.at("/dev/shm", "1Gi"))
        .highWatermark(0.95).lowWatermark(0.7).build();
    assertThat(TieredStore.builder().build().levels()).containsExactly(only);
  }

  @Test
  void levelsFromFastestToSlowest() {
    TieredStore store = TieredStore.builder().addLevels(level(MediumType.MEM, "/dev/shm"), level(MediumType.SSD, "/mnt/ssd0", "/mnt/ssd1"),
        level(MediumType.HDD, "/mnt/hdd")).build();
    assertThat(store.levels()).extracting(TierLevel::alias).containsExactly(MediumType.MEM, MediumType.SSD, MediumType.HDD);
    assertThat(TieredStore.builder().addLevels(level(MediumType.HDD, "/mnt/hdd")).build().levels()).hasSize(1);
  }

  @Test
  void refusesNoLevels() {
    assertThat(problemsOf("TieredStore", () -> TieredStore.builder().levels(List.of()).build()))
        .containsExactly(problem("levels", "must list at least one level"));
  }

  @Test
  void refusesLevelsOutOfOrderOrRepeated() {
    assertThat(problemsOf("TieredStore", () -> TieredStore.builder().addLevels(level(MediumType.SSD, "/a"),
        level(MediumType.MEM, "/b"), level(MediumType.MEM, "/c")).build()))
        .containsExactly(
            problem("levels[1].alias", "MEM comes after SSD: levels go from fastest to slowest (MEM, SSD, HDD)"),
            problem("levels[2].alias", "MEM is already the alias of levels[1]; put all MEM directories in one level"));
  }

  @Test
  void refusesADirectoryUsedTwice() {
    assertThat(problemsOf("TieredStore", () -> TieredStore.builder().addLevels(level(MediumType.MEM, "/dev/shm"),
        level(MediumType.SSD, "/mnt/ssd", "/dev/shm")).build()))
        .containsExactly(problem("levels[1].directories[1].path", "\"/dev/shm\" is already used by levels[0].directories[0].path"));
  }
}
