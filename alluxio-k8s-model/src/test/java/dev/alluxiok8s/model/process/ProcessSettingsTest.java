package dev.alluxiok8s.model.process;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.fuse.Fuse;
import org.junit.jupiter.api.Test;

/**
 * The five Alluxio processes share their settings' rules; each defaults resources as chart 0.5.2,
 * except where that does not hold the process's memory (workers, FUSE).
 */
class ProcessSettingsTest {

  @Test
  void defaultResourcesAreChart052s() {
    assertThat(MasterProcess.defaults().resources()).isEqualTo(Resources.of("1", "1G"));
    assertThat(JobMasterProcess.defaults().resources()).isEqualTo(Resources.of("1", "1G"));
    assertThat(WorkerProcess.defaults().resources()).isEqualTo(Resources.of("1", "4Gi"));
    assertThat(JobWorkerProcess.defaults().resources()).isEqualTo(Resources.of("1", "1G"));
    Resources fuse = Fuse.builder().build().resources();
    assertThat(fuse.requests()).containsEntry("cpu", "0.5").containsEntry("memory", "1Gi").hasSize(2);
    assertThat(fuse.limits()).containsEntry("cpu", "1").containsEntry("memory", "4Gi").hasSize(2);
  }

  @Test
  void aResourcesBlockReplacesTheDefaultAsAWhole() {
    MasterProcess master = MasterProcess.builder().resources(Resources.builder().putLimits("memory", "8G").build()).build();
    assertThat(master.resources().requests()).isEmpty();
    assertThat(master.resources().limits()).containsOnlyKeys("memory");
  }

  @Test
  void eachProcessChecksItsOptionsAndPropertiesUnderItsOwnName() {
    assertThat(problemsOf("MasterProcess", () -> MasterProcess.builder().addJvmOptions("Xmx4g").build()))
        .containsExactly(problem("jvmOptions[0]", "\"Xmx4g\" is not a JVM option (it must start with '-', e.g. -Xmx4g)"));
    assertThat(problemsOf("JobMasterProcess", () -> JobMasterProcess.builder().putProperties("a b", "c").build()))
        .containsExactly(problem("properties.\"a b\"", "\"a b\" is not an Alluxio property key (example: alluxio.user.file.writetype.default)"));
    assertThat(problemsOf("WorkerProcess", () -> WorkerProcess.builder().putProperties("alluxio.x", "a b").build()))
        .containsExactly(problem("properties.\"alluxio.x\"", "the value may not contain white space: Alluxio splits its Java options on spaces"));
    assertThat(problemsOf("JobWorkerProcess", () -> JobWorkerProcess.builder().addJvmOptions("-Xms1g -Xmx1g").build()))
        .containsExactly(problem("jvmOptions[0]",
            "\"-Xms1g -Xmx1g\" must be one non-empty option without white space; give each option its own list item"));
  }

  @Test
  void propertiesAreKeptInKeyOrder() {
    WorkerProcess worker = WorkerProcess.builder().putProperties("b.x", "1").putProperties("a.y", "2").build();
    assertThat(worker.properties().keySet()).containsExactly("a.y", "b.x");
  }

  @Test
  void aJvmOptionReachesTheEnvFileAsWritten() {
    assertThat(problemsOf("MasterProcess", () -> MasterProcess.builder().addJvmOptions("-Dalluxio.user.app.id=$(id)").build()))
        .containsExactly(problem(SpecRule.ENV_FILE_CHARACTER, "jvmOptions[0]", "may not contain '$' (U+0024): Alluxio's "
            + "entrypoint writes this value into conf/alluxio-env.sh as export KEY=\"value\" and sources it, where that "
            + "character would run commands or break the line"));
  }
}
