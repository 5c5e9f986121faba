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

  @Value.Check
  default void check() {
    new Problems("RunAs")
        .require(user() >= 0 && user() <= Integer.MAX_VALUE, "user", "must be between 0 and 2147483647, inclusive")
        .require(group() >= 0 && group() <= Integer.MAX_VALUE, "group", "must be between 0 and 2147483647, inclusive")
        .require(fsGroup() >= 0 && fsGroup() <= Integer.MAX_VALUE, "fsGroup", "must be between 0 and 2147483647, inclusive")
        .throwIfAny();
  }
}
