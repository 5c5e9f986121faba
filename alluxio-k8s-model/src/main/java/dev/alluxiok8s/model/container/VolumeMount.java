package dev.alluxiok8s.model.container;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a container mounts one of the pod's extra volumes. The directory obeys {@link SafePaths}
 * (it may not hide the image's Alluxio or a system directory); a {@code subPath} is a relative
 * path that stays inside the volume.
 *
 * <pre>{@code
 * VolumeMount.builder().name("ca-bundle").mountPath("/etc-ca").readOnly(true).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableVolumeMount.class)
@JsonDeserialize(as = ImmutableVolumeMount.class)
public interface VolumeMount {

  /** One of the pod's extra volumes ({@code pod.volumes}). */
  String name();

  String mountPath();

  Optional<String> subPath();

  @Value.Default
  default boolean readOnly() {
    return false;
  }

  static ImmutableVolumeMount.Builder builder() {
    return ImmutableVolumeMount.builder();
  }

  static VolumeMount of(String name, String mountPath) {
    return builder().name(name).mountPath(mountPath).build();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("VolumeMount");
    SafePaths.checkContainerPath(problems, "mountPath", mountPath());
    subPath().ifPresent(s -> {
      boolean escapes = s.startsWith("/") || java.util.Arrays.stream(s.split("/", -1)).anyMatch(p -> p.equals(".."));
      problems.require(!escapes && !s.isEmpty(), "subPath", "\"" + s + "\" must be a relative path inside the volume, "
          + "without '..'");
    });
    problems.throwIfAny();
  }
}
