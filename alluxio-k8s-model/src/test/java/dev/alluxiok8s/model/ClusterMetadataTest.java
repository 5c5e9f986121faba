package dev.alluxiok8s.model;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterMetadataTest {

  private static final String NAME_RULE = " must be a DNS-1035 label of at most 40 characters (lower-case letters, digits and '-', "
      + "starting with a letter): it prefixes every object name";

  @Test
  void aNamedClusterWithLabelsAndAnnotations() {
    ClusterMetadata metadata = ClusterMetadata.builder().name("alluxio").namespace("data")
        .putLabels("team", "storage").putLabels("example.com/cost-center", "").putAnnotations("example.com/owner", "a b c")
        .build();
    assertThat(metadata.labels().keySet()).containsExactly("example.com/cost-center", "team");
    assertThat(ClusterMetadata.named("a").namespace()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "alluxio-prod-2", "a234567890123456789012345678901234567890"})
  void acceptsNamesThatKeepEveryDerivedNameValid(String name) {
    assertThat(ClusterMetadata.named(name).name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1alluxio", "Alluxio", "alluxio-", "allu_xio", "a.b", "a2345678901234567890123456789012345678901"})
  void refusesOtherNames(String name) {
    assertThat(problemsOf("ClusterMetadata", () -> ClusterMetadata.named(name)))
        .containsExactly(problem("name", "\"" + name + "\"" + NAME_RULE));
  }

  @Test
  void refusesANamespaceThatIsNotALabel() {
    assertThat(problemsOf("ClusterMetadata", () -> ClusterMetadata.builder().name("a").namespace("Data.Team").build()))
        .containsExactly(problem("namespace",
            "\"Data.Team\" is not a namespace name (a DNS-1123 label: lower-case letters, digits and '-', at most 63)"));
  }

  @Test
  void refusesBadLabelsAndLabelsTheRendererSets() {
    assertThat(problemsOf("ClusterMetadata", () -> ClusterMetadata.builder().name("a").putLabels("bad key", "bad value")
        .putLabels("app.kubernetes.io/name", "x").putLabels("role", "master").build()))
        .containsExactly(
            problem(SpecRule.RESERVED_KEY, "labels.\"app.kubernetes.io/name\"", "is set by alluxio-k8s itself and may not be overridden"),
            problem("labels.\"bad key\"", "\"bad key\" is not a valid label key"),
            problem("labels.\"bad key\"", "\"bad value\" is not a valid label value"),
            problem(SpecRule.RESERVED_KEY, "labels.role", "is set by alluxio-k8s itself and may not be overridden"));
  }

  @Test
  void refusesBadAnnotationKeysAndMoreThan256KiB() {
    assertThat(problemsOf("ClusterMetadata", () -> ClusterMetadata.builder().name("a").putAnnotations("/x", "").build()))
        .containsExactly(problem("annotations.\"/x\"", "\"/x\" is not a valid annotation key"));
    String half = "v".repeat(128 * 1024);
    assertThat(ClusterMetadata.builder().name("a").putAnnotations("a", half).putAnnotations("b", half.substring(2)).build()
        .annotations()).hasSize(2);
    assertThat(problemsOf("ClusterMetadata", () -> ClusterMetadata.builder().name("a").putAnnotations("a", half)
        .putAnnotations("b", half.substring(1)).build()))
        .containsExactly(problem("annotations", "may not have more than 262144 bytes in all, got 262145"));
  }

  @Test
  void reservesItsOwnPrefixSoThatASpecCannotForgeAnExemption() {
    assertThat(problemsOf("ClusterMetadata", () -> ClusterMetadata.builder().name("alluxio")
        .putAnnotations("alluxio-k8s.dev/pod-security-level", "privileged")
        .putAnnotations("alluxio-k8s.dev/pod-security-reason", "because I say so")
        .putLabels("team.alluxio-k8s.dev/x", "y").build()))
        .containsExactly(
            problem(SpecRule.RESERVED_KEY, "labels.\"team.alluxio-k8s.dev/x\"", "the prefix alluxio-k8s.dev/ is reserved for what alluxio-k8s writes itself"),
            problem(SpecRule.RESERVED_KEY, "annotations.\"alluxio-k8s.dev/pod-security-level\"", "the prefix alluxio-k8s.dev/ is reserved for what "
                + "alluxio-k8s writes itself; declare a Pod Security exemption with spec.<component>.podSecurity instead"),
            problem(SpecRule.RESERVED_KEY, "annotations.\"alluxio-k8s.dev/pod-security-reason\"", "the prefix alluxio-k8s.dev/ is reserved for what "
                + "alluxio-k8s writes itself; declare a Pod Security exemption with spec.<component>.podSecurity instead"));
    assertThat(ClusterMetadata.builder().name("alluxio").putAnnotations("not-alluxio-k8s.dev/x", "y").build().annotations())
        .containsKey("not-alluxio-k8s.dev/x");
  }
}
