package dev.alluxiok8s.model.container;

import static dev.alluxiok8s.model.check.ModelAssertions.found;
import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.quantity.Quantity;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.image.Image;
import dev.alluxiok8s.model.process.WorkerProcess;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvRulesTest {

  private static final EnvVarSource LDAP_SECRET = EnvVarSource.builder().secretKeyRef(KeySelector.of("ldap", "password")).build();

  @Test
  void aContainerTakesPlainValuesSecretsAndFieldsOfThePod() {
    List<EnvVar> env = List.of(EnvVar.of("TZ", "UTC"), EnvVar.from("LDAP_PASSWORD", LDAP_SECRET),
        EnvVar.from("POD_IP", EnvVarSource.builder().fieldRef(FieldSelector.of("status.podIP")).build()),
        EnvVar.of("ALLUXIO_RAM_FOLDER", "/dev/shm"));

    assertThat(found(p -> EnvRules.check(p, "env", env))).isEmpty();
    assertThat(WorkerProcess.builder().env(env).build().env()).hasSize(4);
  }

  @Test
  void everyRefusedVariableIsReportedAtItsOwnAttributeInOneRun() {
    List<EnvVar> env = List.of(
        EnvVar.of("1BAD", "x"),
        EnvVar.of("TZ", "UTC"), EnvVar.of("TZ", "CET"),
        EnvVar.of("ALLUXIO_WORKER_JAVA_OPTS", "-Xmx8g"),
        EnvVar.of("UFS_CREDENTIAL_AWS_SECRETKEY", ""),
        EnvVar.of("ALLUXIO_WORKER_HOSTNAME", "node-1"),
        EnvVar.of("LDAP_PASSWORD", "hunter2"),
        EnvVar.of("BACKUP_URI", "s3://admin:hunter2@backups/"),
        EnvVar.of("ALLUXIO_CLASSPATH", "$(id)"),
        EnvVar.from("ALLUXIO_JARS", EnvVarSource.builder().configMapKeyRef(KeySelector.of("jars", "list")).build()));

    assertThat(found(p -> EnvRules.check(p, "env", env))).containsExactly(
        problem("env[0].name", "\"1BAD\" is not a variable name a shell can read (letters, digits and '_', not starting "
            + "with a digit)"),
        problem("env[2].name", "\"TZ\" is given twice"),
        problem(SpecRule.RESERVED_NAME, "env[3].name", "\"ALLUXIO_WORKER_JAVA_OPTS\" is not available: it holds the Java "
            + "options alluxio-k8s writes in the ConfigMap, which a container's own variable would replace; give JVM "
            + "options in jvmOptions and Alluxio properties in properties"),
        problem(SpecRule.RESERVED_NAME, "env[4].name", "\"UFS_CREDENTIAL_AWS_SECRETKEY\" is not available: "
            + "UFS_CREDENTIAL_* variables carry spec.underStorage.credentials from their Secrets"),
        problem(SpecRule.RESERVED_NAME, "env[5].name", "\"ALLUXIO_WORKER_HOSTNAME\" is not available: alluxio-k8s sets "
            + "it: the worker's address, set from the pod"),
        problem(SpecRule.CREDENTIAL_LITERAL, "env[6].value", "\"LDAP_PASSWORD\" reads as a credential, and a value "
            + "written here lands in the manifest; give it from a Secret with valueFrom.secretKeyRef"),
        problem(SpecRule.CREDENTIAL_LITERAL, "env[7].value", "carries user information before '@' (user:password@), "
            + "which would land in the manifest; give the credential from a Secret with valueFrom.secretKeyRef"),
        problem(SpecRule.ENV_FILE_CHARACTER, "env[8].value", "may not contain '$' (U+0024): Alluxio's entrypoint writes "
            + "this value into conf/alluxio-env.sh as export KEY=\"value\" and sources it, where that character would "
            + "run commands or break the line"),
        problem(SpecRule.ENV_FILE_CHARACTER, "env[9].valueFrom", "Alluxio's entrypoint writes ALLUXIO_* variables into "
            + "conf/alluxio-env.sh and sources it, so their values must stand in the spec, where they are checked; name "
            + "the variable without the ALLUXIO_ prefix"));
  }

  @Test
  void theSameVariablesAreRefusedInAProcessAtItsEnvAttribute() {
    assertThat(problemsOf("WorkerProcess", () -> WorkerProcess.builder().addEnv(EnvVar.of("ALLUXIO_JAVA_OPTS", "-Da=b"))
        .build())).extracting(d -> d.path()).containsExactly("env[0].name");
  }

  @Test
  void aVariableHasAValueOrOneSourceNotBoth() {
    assertThat(problemsOf("EnvVar", () -> EnvVar.builder().name("A").value("x").valueFrom(LDAP_SECRET).build()))
        .containsExactly(problem("valueFrom", "may not be given beside value; give one of them"));
    assertThat(problemsOf("EnvVar", () -> EnvVar.from("A", EnvVarSource.builder().secretKeyRef(KeySelector.of("s", "k"))
        .fieldRef(FieldSelector.of("metadata.name")).build())))
        .containsExactly(problem("valueFrom", "needs exactly one of secretKeyRef, configMapKeyRef, fieldRef and "
            + "resourceFieldRef, got 2"));
  }

  @Test
  void sourcesNameOnlyWhatKubernetesAccepts() {
    assertThat(problemsOf("FieldSelector", () -> FieldSelector.of("spec.containers[0].image"))).extracting(d -> d.path())
        .containsExactly("fieldPath");
    assertThat(FieldSelector.of("metadata.labels['app.kubernetes.io/name']").fieldPath()).startsWith("metadata.labels");
    assertThat(problemsOf("ResourceFieldSelector", () -> ResourceFieldSelector.builder().resource("limits.gpu")
        .divisor("1 Mi").build())).extracting(d -> d.path()).containsExactly("resource", "divisor");
    assertThat(problemsOf("KeySelector", () -> KeySelector.of("Bad_Name", "a/b"))).extracting(d -> d.path())
        .containsExactly("name", "key");
  }

  @Test
  void anAlluxioVariableMayReadThePodsFieldsButNoSecret() {
    EnvVarSource podIp = EnvVarSource.builder().fieldRef(FieldSelector.of("status.podIP")).build();
    assertThat(found(p -> EnvRules.check(p, "env", List.of(EnvVar.from("ALLUXIO_POD_IP", podIp))))).isEmpty();
    assertThat(found(p -> EnvRules.check(p, "env", List.of(EnvVar.from("ALLUXIO_LDAP_PASSWORD", LDAP_SECRET)))))
        .containsExactly(problem(SpecRule.ENV_FILE_CHARACTER, "env[0].valueFrom", "Alluxio's entrypoint writes ALLUXIO_* "
            + "variables into conf/alluxio-env.sh and sources it, so their values must stand in the spec, where they are "
            + "checked; name the variable without the ALLUXIO_ prefix"));
  }

  @Test
  void aSidecarsVariablesFollowTheSameRules() {
    Image shipper = Image.builder().repository("fluent/fluent-bit").tag("2.2.0").build();
    assertThat(problemsOf("Sidecar", () -> Sidecar.builder().name("shipper").image(shipper)
        .addEnv(EnvVar.of("TZ", "UTC"), EnvVar.of("TZ", "CET")).build()))
        .containsExactly(problem("env[1].name", "\"TZ\" is given twice"));
  }

  @Test
  void aResourceFieldNamesAContainerAndADivisorKubernetesReads() {
    ResourceFieldSelector memory = ResourceFieldSelector.builder().resource("limits.memory").containerName("shipper")
        .divisor("1Mi").build();
    assertThat(memory.divisor()).contains("1Mi");
    assertThat(problemsOf("ResourceFieldSelector", () -> ResourceFieldSelector.builder().resource("limits.memory")
        .containerName("Shipper").divisor("-1Mi").build()))
        .containsExactly(
            problem("containerName", "\"Shipper\" is not a container name (a DNS-1123 label)"),
            problem("divisor", "\"-1Mi\" is not a Kubernetes quantity (" + Quantity.EXAMPLES + ")"));
  }

  @Test
  void aVariableFromAnObjectWaitsForItUnlessTold() {
    assertThat(KeySelector.of("ldap", "password").optional()).isFalse();
  }
}
