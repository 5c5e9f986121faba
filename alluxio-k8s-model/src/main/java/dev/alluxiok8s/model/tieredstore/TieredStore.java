package dev.alluxiok8s.model.tieredstore;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The workers' tiered block store, fastest level first.
 *
 * <pre>{@code
 * TieredStore twoTiers = TieredStore.builder()
 *     .addLevels(TierLevel.builder().alias(MediumType.MEM).addDirectories(TierDirectory.at("/dev/shm", "2Gi")).build())
 *     .addLevels(TierLevel.builder().alias(MediumType.SSD).addDirectories(TierDirectory.at("/mnt/ssd", "100Gi")).build())
 *     .build();
 * }</pre>
 *
 * <p>The default is Alluxio chart 0.5.2's: one MEM level on {@code /dev/shm}, an in-memory
 * emptyDir, watermarks 0.95 / 0.7; its quota is {@code 1Gi} where the chart says {@code 1G},
 * which Kubernetes (10^9 bytes) and Alluxio (2^30 bytes) read as different sizes.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTieredStore.class)
@JsonDeserialize(as = ImmutableTieredStore.class)
public interface TieredStore {

  @Value.Default
  default List<TierLevel> levels() {
    return List.of(TierLevel.builder()
        .alias(MediumType.MEM)
        .addDirectories(TierDirectory.at("/dev/shm", "1Gi"))
        .highWatermark(TierLevel.DEFAULT_HIGH)
        .lowWatermark(TierLevel.DEFAULT_LOW)
        .build());
  }

  static ImmutableTieredStore.Builder builder() {
    return ImmutableTieredStore.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("TieredStore");
    List<TierLevel> levels = levels();
    problems.require(!levels.isEmpty(), "levels", "must list at least one level");
    Map<String, String> pathOwner = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      TierLevel level = levels.get(i);
      String levelPath = PathJoiner.index("levels", i);
      if (i > 0) {
        MediumType previous = levels.get(i - 1).alias();
        if (level.alias() == previous) {
          problems.add(PathJoiner.join(levelPath, "alias"),
              level.alias() + " is already the alias of levels[" + (i - 1) + "]; put all " + level.alias()
                  + " directories in one level");
        } else if (level.alias().compareTo(previous) < 0) {
          problems.add(PathJoiner.join(levelPath, "alias"),
              level.alias() + " comes after " + previous + ": levels go from fastest to slowest (MEM, SSD, HDD)");
        }
      }
      for (int d = 0; d < level.directories().size(); d++) {
        String dirPath = PathJoiner.join(PathJoiner.index(PathJoiner.join(levelPath, "directories"), d), "path");
        String path = level.directories().get(d).path();
        String owner = pathOwner.putIfAbsent(path, dirPath);
        problems.require(owner == null, dirPath, "\"" + path + "\" is already used by " + owner);
      }
    }
    problems.throwIfAny();
  }
}
