package dev.alluxiok8s.model.security;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The user, group and fsGroup Alluxio's processes run as: 1000/1000/1000 by default, the
 * {@code alluxio} user of Alluxio's images. 0 runs as root (and drops the ownership-fixing init
 * containers, as chart 0.5.2 does).
 *
 * <p>Only those two users work: the image's {@code /opt/alluxio} belongs to uid 1000, and the
 * entrypoint writes {@code conf/alluxio-env.sh} there at every start, which any other non-root
 * user cannot do (the image's own re-owning path needs root and is skipped for a non-root pod).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRunAs.class)
@JsonDeserialize(as = ImmutableRunAs.class)
public interface RunAs {

  @Value.Default
  default long user() {
    return 1000;
  }

  @Value.Default
  default long group() {
    return 1000;
  }

  @Value.Default
  default long fsGroup() {
    return 1000;
  }

  static ImmutableRunAs.Builder builder() {
    return ImmutableRunAs.builder();
  }

  static RunAs root() {
    return builder().user(0).group(0).fsGroup(0).build();
  }

  default boolean isRoot() {
    return user() == 0;
  }

  /** The owner of {@code /opt/alluxio} in Alluxio's images. */
  long IMAGE_USER = 1000;

  @Value.Check
  default void check() {
    boolean inRange = user() >= 0 && user() <= Integer.MAX_VALUE;
    new Problems("RunAs")
        .require(inRange, "user", "must be between 0 and 2147483647, inclusive")
        .require(!inRange || user() == 0 || user() == IMAGE_USER, "user", "must be " + IMAGE_USER
            + " (the owner of /opt/alluxio in Alluxio's images, where the entrypoint writes conf/alluxio-env.sh at "
            + "start) or 0 (root), got " + user())
        .require(group() >= 0 && group() <= Integer.MAX_VALUE, "group", "must be between 0 and 2147483647, inclusive")
        .require(fsGroup() >= 0 && fsGroup() <= Integer.MAX_VALUE, "fsGroup", "must be between 0 and 2147483647, inclusive")
        .throwIfAny();
  }
}
