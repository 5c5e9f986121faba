package dev.alluxiok8s.model.mount;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import org.junit.jupiter.api.Test;

class ConfigMapMountsTest {

  @Test
  void mountsConfigMapsUnderConfigmapsPerRole() {
    ConfigMapMounts mounts = ConfigMapMounts.builder().putMaster("hadoop-conf", "hadoop").putLogServer("log-conf", "log/extra")
        .build();
    assertThat(mounts.worker()).isEmpty();
    assertThat(mounts.isEmpty()).isFalse();
    assertThat(ConfigMapMounts.builder().build().isEmpty()).isTrue();
    assertThat(ConfigMapMounts.mountPath("log/extra")).isEqualTo("/configmaps/log/extra");
  }

  @Test
  void refusesBadNamesAndDirectoriesOutsideConfigmaps() {
    assertThat(problemsOf("ConfigMapMounts", () -> ConfigMapMounts.builder().putWorker("Hadoop", "../etc")
        .putLogServer("a", "/abs").build()))
        .containsExactly(
            problem("worker.Hadoop", "\"Hadoop\" is not a ConfigMap name (lower-case letters, digits, '-' and '.')"),
            problem(SpecRule.SAFE_PATH, "worker.Hadoop", "\"../etc\" must be a relative directory under /configmaps without '..' (example: hadoop)"),
            problem(SpecRule.SAFE_PATH, "logServer.a", "\"/abs\" must be a relative directory under /configmaps without '..' (example: hadoop)"));
  }

  @Test
  void refusesTwoConfigMapsInOneOrNestedDirectoriesOfARole() {
    assertThat(problemsOf("ConfigMapMounts", () -> ConfigMapMounts.builder().putMaster("a", "conf").putMaster("b", "conf/inner")
        .putWorker("a", "conf").putWorker("b", "other").build()))
        .containsExactly(problem(SpecRule.SAME_DIRECTORY, "master.b", "directory \"conf/inner\" is the same as, or nested with, "
            + "\"conf\" of ConfigMap \"a\"; give each its own directory"));
  }
}
