package dev.alluxiok8s.model.container;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObjectVolumeSourceTest {

  private static final String ONE_OF = "give name for a ConfigMap or secretName for a Secret, one of them";

  @Test
  void aConfigMapOrASecretThatMustExistWithKubernetesModes() {
    ObjectVolumeSource ca = ObjectVolumeSource.configMap("corp-ca");
    assertThat(ca.optional()).as("a pod waits for its object unless told").isFalse();
    assertThat(ObjectVolumeSource.builder().secretName("tls").defaultMode(0).build().defaultMode()).contains(0);
    assertThat(ObjectVolumeSource.builder().secretName("tls").defaultMode(0777).build().defaultMode()).contains(511);
  }

  @Test
  void namesExactlyOneObject() {
    // Given both, the second is the one too many; given neither, the ConfigMap's name is asked for.
    assertThat(problemsOf("ObjectVolumeSource", () -> ObjectVolumeSource.builder().name("ca").secretName("tls").build()))
        .containsExactly(problem("secretName", ONE_OF));
    assertThat(problemsOf("ObjectVolumeSource", () -> ObjectVolumeSource.builder().build()))
        .containsExactly(problem("name", ONE_OF));
  }

  @Test
  void refusesNamesKubernetesRefusesAndModesOutOfRange() {
    assertThat(problemsOf("ObjectVolumeSource", () -> ObjectVolumeSource.builder().name("Corp_CA").defaultMode(-1).build()))
        .containsExactly(
            problem("name", "\"Corp_CA\" is not a ConfigMap name (a DNS-1123 subdomain)"),
            problem("defaultMode", "must be a file mode between 0 and 0777 (511), got -1"));
    assertThat(problemsOf("ObjectVolumeSource", () -> ObjectVolumeSource.builder().secretName("TLS").defaultMode(01000).build()))
        .containsExactly(
            problem("secretName", "\"TLS\" is not a Secret name (a DNS-1123 subdomain)"),
            problem("defaultMode", "must be a file mode between 0 and 0777 (511), got 512"));
  }
}
