package dev.alluxiok8s.validation.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.JavaApiWording;
import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.validation.finding.SourceLocator;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A list, a map, an object or a number where the API has another shape; unknown kinds; what the catalog answers. */
class WrongShapesTest {

  private static List<String> findings(String rule, String yaml) throws Exception {
    return KubernetesValidator.builder().build().validate(Manifests.read("o.yaml", yaml)).findings().stream()
        .filter(d -> d.ruleId().equals(rule))
        .map(d -> d.path() + ": " + d.message() + " | " + JavaApiWording.INSTANCE.words(d.remedy()))
        .toList();
  }

  @Test
  void aScalarWhereTheApiHasAListAMapOrAnObjectIsATypeError() throws Exception {
    String yaml = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p, labels: app}
        spec:
          securityContext: 5
          containers: c
        """;

    assertThat(findings(StructureValidator.TYPE, yaml)).containsExactly(
        "metadata.labels: Invalid value: \"string\": must be of type object | write a object here",
        "spec.containers: Invalid value: \"string\": must be of type array | write a array here",
        "spec.securityContext: Invalid value: \"integer\": must be of type object | write a object here");
  }

  @Test
  void aNumberFieldTakesOnlyNumbers() throws Exception {
    String crd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: rollouts.example.com}
        spec:
          group: example.com
          scope: Namespaced
          names: {plural: rollouts, kind: Rollout}
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema: {type: object, minimum: 0.5, maximum: ten}
        """;

    assertThat(findings(StructureValidator.TYPE, crd)).containsExactly(
        "spec.versions[0].schema.openAPIV3Schema.maximum: Invalid value: \"string\": must be of type number"
            + " | write a number here");
  }

  @Test
  void theSmallest32BitIntegerFits() throws Exception {
    String yaml = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          priority: -2147483648
          containers:
          - {name: c, image: "busybox:1.36"}
        """;

    assertThat(findings(StructureValidator.TYPE, yaml)).isEmpty();
  }

  @Test
  void aMisspelledKindOfABuiltInGroupGetsTheClosestKind() throws Exception {
    assertThat(findings(StructureValidator.UNKNOWN_KIND, "apiVersion: apps/v1\nkind: Deploymnet\nmetadata: {name: d}\n"))
        .containsExactly("kind: no matches for kind \"Deploymnet\" in version \"apps/v1\" | did you mean \"Deployment\"?");
  }

  @Test
  void onlyAnObjectOfAKnownBuiltInKindIsReadyForTheRules() {
    StructureValidator structure = StructureValidator.create();

    assertThat(structure.validate(check(Map.of("apiVersion", "v1", "kind", "Pod", "metadata", Map.of("name", "p"))))).isTrue();
    assertThat(structure.validate(check(Map.of("kind", "Pod", "metadata", Map.of("name", "p"))))).isFalse();
    assertThat(structure.validate(check(Map.of("apiVersion", "example.com/v1", "kind", "Rollout")))).isFalse();
  }

  @Test
  void theCatalogKnowsBuiltInKindsAndTheirScope() {
    StructureValidator structure = StructureValidator.create();

    assertThat(structure.isBuiltIn("apps/v1", "Deployment")).isTrue();
    assertThat(structure.isBuiltIn("v1", "Deployment")).isFalse();
    assertThat(structure.isNamespaced("Pod")).isTrue();
    assertThat(structure.isNamespaced("Namespace")).isFalse();
    assertThat(structure.isNamespaced("Rollout")).isNull();
  }

  private static ObjectCheck check(Map<String, Object> tree) {
    List<Diagnostic> sink = new ArrayList<>();
    return new ObjectCheck(tree, new ObjectRef("", "", "", "", 0), SourceLocator.NONE, sink);
  }
}
