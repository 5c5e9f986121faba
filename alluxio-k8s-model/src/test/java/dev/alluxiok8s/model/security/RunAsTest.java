package dev.alluxiok8s.model.security;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunAsTest {

  @Test
  void theAlluxioUserByDefault() {
    RunAs runAs = RunAs.builder().build();
    assertThat(new long[] {runAs.user(), runAs.group(), runAs.fsGroup()}).containsExactly(1000, 1000, 1000);
    assertThat(runAs.isRoot()).isFalse();
    assertThat(RunAs.root().isRoot()).isTrue();
  }

  @Test
  void acceptsTheLargestGroupId() {
    assertThat(RunAs.builder().group(Integer.MAX_VALUE).fsGroup(Integer.MAX_VALUE).build().group())
        .isEqualTo(2147483647L);
  }

  @Test
  void refusesUsersTheImageCannotRunAs() {
    assertThat(problemsOf("RunAs", () -> RunAs.builder().user(1001).build()))
        .containsExactly(problem("user", "must be 1000 (the owner of /opt/alluxio in Alluxio's images, where the "
            + "entrypoint writes conf/alluxio-env.sh at start) or 0 (root), got 1001"));
  }

  @Test
  void theLargestUserIdIsInRangeButNotTheImagesUser() {
    assertThat(problemsOf("RunAs", () -> RunAs.builder().user(Integer.MAX_VALUE).build()))
        .containsExactly(problem("user", "must be 1000 (the owner of /opt/alluxio in Alluxio's images, where the "
            + "entrypoint writes conf/alluxio-env.sh at start) or 0 (root), got 2147483647"));
  }

  @Test
  void refusesIdsOutOfRange() {
    assertThat(problemsOf("RunAs", () -> RunAs.builder().user(-1).group(2147483648L).fsGroup(Long.MIN_VALUE).build()))
        .containsExactly(
            problem("user", "must be between 0 and 2147483647, inclusive"),
            problem("group", "must be between 0 and 2147483647, inclusive"),
            problem("fsGroup", "must be between 0 and 2147483647, inclusive"));
  }
}
