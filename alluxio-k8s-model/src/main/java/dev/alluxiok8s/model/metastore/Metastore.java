package dev.alluxiok8s.model.metastore;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import dev.alluxiok8s.model.volume.DataVolume;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The masters' metastore. With {@code ROCKS}, each master gets a volume at {@link #mountPath()}
 * and the {@code alluxio.master.metastore*} properties are set for it; chart 0.5.2 left those
 * properties to the user.
 *
 * <pre>{@code
 * Metastore rocks = Metastore.builder().type(MetastoreType.ROCKS)
 *     .volume(DataVolume.builder().kind(VolumeKind.EMPTY_DIR).size("1Gi").build()).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMetastore.class)
@JsonDeserialize(as = ImmutableMetastore.class)
public interface Metastore {

  @Value.Default
  default MetastoreType type() {
    return MetastoreType.HEAP;
  }

  /** The RocksDB volume (ROCKS only): a claim template per master by default. */
  @Value.Default
  default DataVolume volume() {
    return DataVolume.claim("1Gi");
  }

  @Value.Default
  default String mountPath() {
    return "/metastore";
  }

  static ImmutableMetastore.Builder builder() {
    return ImmutableMetastore.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("Metastore");
    SafePaths.checkContainerPath(problems, "mountPath", mountPath());
    problems.throwIfAny();
  }
}
