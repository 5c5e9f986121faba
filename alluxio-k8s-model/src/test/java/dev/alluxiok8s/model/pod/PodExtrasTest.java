package dev.alluxiok8s.model.pod;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.worker.Workers;
import org.junit.jupiter.api.Test;

class PodExtrasTest {

  @Test
  void podsMountNoApiTokenAndKeepTheDefaultAccountUnlessTold() {
    PodExtras none = Workers.builder().build().pod();
    assertThat(none.automountServiceAccountToken()).isFalse();
    assertThat(none.serviceAccountName()).isEmpty();
    assertThat(Masters.builder().pod(PodExtras.builder().automountServiceAccountToken(true).build()).build()
        .pod().automountServiceAccountToken()).isTrue();
  }

  @Test
  void acceptsAnAccountAPriorityPullSecretsLabelsAndAnnotations() {
    PodExtras extras = PodExtras.builder().serviceAccountName("alluxio").priorityClassName("storage-critical")
        .addImagePullSecrets("registry-a", "registry-b")
        .putLabels("example.com/team", "storage").putAnnotations("prometheus.io/scrape", "true").build();
    assertThat(extras.imagePullSecrets()).containsExactly("registry-a", "registry-b");
    assertThat(extras.labels()).containsEntry("example.com/team", "storage");
  }

  @Test
  void refusesNamesKubernetesRefusesAndRepeatedPullSecrets() {
    assertThat(problemsOf("PodExtras", () -> PodExtras.builder().serviceAccountName("Alluxio_SA")
        .priorityClassName("high priority").addImagePullSecrets("registry", "registry").build()))
        .containsExactly(
            problem("serviceAccountName", "\"Alluxio_SA\" is not a ServiceAccount name (a DNS-1123 subdomain: "
                + "lower-case letters, digits, '-' and '.', at most 253)"),
            problem("priorityClassName", "\"high priority\" is not a PriorityClass name (a DNS-1123 subdomain: "
                + "lower-case letters, digits, '-' and '.', at most 253)"),
            problem("imagePullSecrets[1]", "\"registry\" is listed twice"));
  }

  @Test
  void refusesLabelsThatWouldBreakSelectorsOrForgeOurOwn() {
    assertThat(problemsOf("PodExtras", () -> PodExtras.builder().putLabels("app.kubernetes.io/component", "x")
        .putLabels("alluxio-k8s.dev/tier", "a").putLabels("team", "not a value").build()))
        .containsExactly(
            problem("labels.\"alluxio-k8s.dev/tier\"", "the prefix alluxio-k8s.dev/ is reserved for what alluxio-k8s "
                + "writes itself"),
            problem("labels.\"app.kubernetes.io/component\"", "is set by alluxio-k8s itself and may not be overridden"),
            problem("labels.team", "\"not a value\" is not a valid label value"));
  }

  @Test
  void refusesAnnotationsThatWouldForgeAnExemptionOrTheConfigHash() {
    assertThat(problemsOf("PodExtras", () -> PodExtras.builder()
        .putAnnotations("sub.alluxio-k8s.dev/config-hash", "0").putAnnotations("bad key!", "x").build()))
        .containsExactly(
            problem("annotations.\"bad key!\"", "\"bad key!\" is not a valid annotation key"),
            problem("annotations.\"sub.alluxio-k8s.dev/config-hash\"", "the prefix alluxio-k8s.dev/ is reserved for "
                + "what alluxio-k8s writes itself; declare a Pod Security exemption with spec.<component>.podSecurity "
                + "instead"));
  }

  @Test
  void containersKeepTheirOwnProcessNamespacesUnlessTold() {
    assertThat(PodExtras.none().shareProcessNamespace()).isFalse();
    assertThat(PodExtras.none().hostPID()).isFalse();
  }

  @Test
  void refusesMoreAnnotationBytesThanTheApiServerTakes() {
    String big = "x".repeat(256 * 1024);
    // Key and value count: "a" and 262143 bytes are exactly the most.
    assertThat(PodExtras.builder().putAnnotations("a", big.substring(1)).build().annotations()).containsKey("a");
    assertThat(problemsOf("PodExtras", () -> PodExtras.builder().putAnnotations("a", big).build()))
        .containsExactly(problem("annotations", "may not have more than 262144 bytes in all, got 262145"));
  }
}
