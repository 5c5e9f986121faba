package dev.alluxiok8s.model.tieredstore;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.volume.VolumeKind;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One level of the worker's tiered store: its alias (MEM, SSD or HDD), its directories and the
 * watermarks at which Alluxio starts ({@code high}) and stops ({@code low}) freeing space. An
 * empty watermark leaves Alluxio's own default ({@value #DEFAULT_HIGH} / {@value #DEFAULT_LOW}).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTierLevel.class)
@JsonDeserialize(as = ImmutableTierLevel.class)
public interface TierLevel {

  double DEFAULT_HIGH = 0.95;
  double DEFAULT_LOW = 0.7;

  /** The node's shared memory, a tmpfs: files there live in RAM, charged to the pod writing them. */
  String SHARED_MEMORY = "/dev/shm";
  /** Where a tier given the node's {@link #SHARED_MEMORY} itself keeps its files instead. */
  String SHARED_MEMORY_DIRECTORY = SHARED_MEMORY + "/alluxio";

  MediumType alias();

  List<TierDirectory> directories();

  Optional<Double> highWatermark();

  Optional<Double> lowWatermark();

  static ImmutableTierLevel.Builder builder() {
    return ImmutableTierLevel.builder();
  }

  /** The medium of {@code directory}, defaulting to this level's alias. */
  default MediumType mediumOf(TierDirectory directory) {
    return directory.mediumType().orElse(alias());
  }

  /** The volume of {@code directory}: given, or emptyDir for MEM and hostPath for disks. */
  default TierVolume volumeOf(TierDirectory directory) {
    return directory.volume().orElseGet(() -> TierVolume.of(
        mediumOf(directory) == MediumType.MEM ? VolumeKind.EMPTY_DIR : VolumeKind.HOST_PATH));
  }

  /**
   * The node directory behind a hostPath {@code directory}: its {@code hostPath}, else its path.
   * The node's {@code /dev/shm} itself is shared by every tenant of the node and is never handed
   * to Alluxio; a subdirectory Alluxio owns, {@value #SHARED_MEMORY_DIRECTORY}, stands in for it.
   */
  default Optional<String> nodeDirectoryOf(TierDirectory directory) {
    TierVolume volume = volumeOf(directory);
    if (volume.kind() != VolumeKind.HOST_PATH) {
      return Optional.empty();
    }
    String node = volume.hostPath().orElse(directory.path());
    return Optional.of(node.equals(SHARED_MEMORY) ? SHARED_MEMORY_DIRECTORY : node);
  }

  /**
   * Whether the files of {@code directory} are held in RAM, and so count against the memory limit
   * of the worker container that writes them: an emptyDir of a MEM directory (kept in RAM) or a
   * node directory in the node's shared memory.
   */
  default boolean isMemoryBacked(TierDirectory directory) {
    TierVolume volume = volumeOf(directory);
    if (volume.kind() == VolumeKind.EMPTY_DIR) {
      return mediumOf(directory) == MediumType.MEM;
    }
    return nodeDirectoryOf(directory)
        .filter(node -> node.equals(SHARED_MEMORY) || node.startsWith(SHARED_MEMORY + "/"))
        .isPresent();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("TierLevel");
    problems.require(!directories().isEmpty(), "directories", "must list at least one directory");
    long withQuota = directories().stream().filter(d -> d.quota().isPresent()).count();
    problems.require(withQuota == 0 || withQuota == directories().size(), "directories",
        "give every directory of a level a quota, or none (Alluxio pairs quotas with directories by position)");
    double high = highWatermark().orElse(DEFAULT_HIGH);
    double low = lowWatermark().orElse(DEFAULT_LOW);
    highWatermark().ifPresent(h -> problems.require(h > 0 && h <= 1, "highWatermark",
        "must be greater than 0 and at most 1, got " + h));
    lowWatermark().ifPresent(l -> problems.require(l > 0 && l < 1, "lowWatermark",
        "must be greater than 0 and less than 1, got " + l));
    if (highWatermark().isPresent() || lowWatermark().isPresent()) {
      problems.require(low < high, lowWatermark().isPresent() ? "lowWatermark" : "highWatermark",
          "the low watermark (" + low + ") must be below the high watermark (" + high + ")");
    }
    problems.throwIfAny();
  }
}
