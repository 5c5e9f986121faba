package dev.alluxiok8s.model.secret;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import org.junit.jupiter.api.Test;

class SecretMountsTest {

  @Test
  void mountsSecretsUnderSecrets() {
    SecretMounts mounts = SecretMounts.builder().putMaster("alluxio-hdfs-config", "hdfsConfig")
        .putWorker("alluxio-hdfs-config", "hdfs/config").build();
    assertThat(mounts.master()).containsEntry("alluxio-hdfs-config", "hdfsConfig");
    assertThat(SecretMounts.mountPath("hdfsConfig")).isEqualTo("/secrets/hdfsConfig");
  }

  @Test
  void refusesBadSecretNamesAndDirectoriesOutsideSecrets() {
    assertThat(problemsOf("SecretMounts", () -> SecretMounts.builder().putWorker("Hdfs", "../etc").putFuse("a", "/abs").build()))
        .containsExactly(
            problem("worker.Hdfs", "\"Hdfs\" is not a Secret name (lower-case letters, digits, '-' and '.')"),
            problem(SpecRule.SAFE_PATH, "worker.Hdfs", "\"../etc\" must be a relative directory under /secrets without '..' (example: hdfsConfig)"),
            problem(SpecRule.SAFE_PATH, "fuse.a", "\"/abs\" must be a relative directory under /secrets without '..' (example: hdfsConfig)"));
  }

  @Test
  void refusesTwoSecretsInOneDirectoryOfARole() {
    assertThat(problemsOf("SecretMounts", () -> SecretMounts.builder().putMaster("a", "conf").putMaster("b", "conf")
        .putWorker("a", "conf").build()))
        .containsExactly(problem(SpecRule.SAME_DIRECTORY, "master.b", "directory \"conf\" is already used by Secret \"a\""));
  }

  @Test
  void refusesASecretMountedInsideAnothersDirectory() {
    assertThat(problemsOf("SecretMounts", () -> SecretMounts.builder().putMaster("one", "conf").putMaster("two", "conf/inner")
        .putWorker("one", "conf").putWorker("two", "config").build()))
        .containsExactly(problem(SpecRule.SAME_DIRECTORY, "master.two", "directory \"conf/inner\" is nested with \"conf\" of Secret \"one\"; one "
            + "Secret's files would hide the other's: give each its own directory"));
  }
}
