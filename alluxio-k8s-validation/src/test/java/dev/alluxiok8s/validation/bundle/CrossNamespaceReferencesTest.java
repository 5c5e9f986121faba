package dev.alluxiok8s.validation.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.JavaApiWording;
import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reference to an object of the set that sits in another namespace, and objects told apart by their API group. */
class CrossNamespaceReferencesTest {

  private static List<String> findings(String rule, String yaml) throws Exception {
    return KubernetesValidator.builder().build().validate(Manifests.read("set.yaml", yaml)).findings().stream()
        .filter(d -> d.ruleId().equals(rule))
        .map(d -> d.path() + ": " + d.message() + " | " + JavaApiWording.INSTANCE.words(d.remedy()))
        .toList();
  }

  /** A Pod in {@code namespace} (none when empty) whose volume names ConfigMap {@code settings}. */
  private static String podUsingSettings(String namespace) {
    return """
        apiVersion: v1
        kind: Pod
        metadata: {name: p%s}
        spec:
          volumes:
          - name: conf
            configMap: {name: settings}
          containers:
          - {name: c, image: "busybox:1.36"}
        """.formatted(namespace.isEmpty() ? "" : ", namespace: " + namespace);
  }

  private static final String SETTINGS_IN_DATA = """
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: settings, namespace: data}
      """;

  @Test
  void anObjectInAnotherNamespaceIsNamedWithItsNamespace() throws Exception {
    assertThat(findings(BundleRules.REFERENCE, podUsingSettings("app") + SETTINGS_IN_DATA)).containsExactly(
        "spec.volumes[0].configMap.name: Not found: ConfigMap \"settings\" is in namespace \"data\", not in the namespace"
            + " of \"app\" | put both objects in the same namespace, or leave metadata.namespace unset on both");
    assertThat(findings(BundleRules.REFERENCE, podUsingSettings("") + SETTINGS_IN_DATA)).singleElement().asString()
        .contains("is in namespace \"data\", not in the namespace of this object (applied to the current namespace)");
  }

  @Test
  void onlyAnObjectOfTheSameKindAndNameElsewhereIsMentioned() throws Exception {
    String otherKind = podUsingSettings("app") + """
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: settings, namespace: data}
        """;
    String otherName = podUsingSettings("app") + """
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings-v2, namespace: data}
        """;

    for (String yaml : List.of(otherKind, otherName)) {
      assertThat(findings(BundleRules.REFERENCE, yaml)).singleElement().asString().startsWith(
          "spec.volumes[0].configMap.name: Not found: ConfigMap \"settings\" is not in the set and not declared external");
    }
  }

  @Test
  void theSameKindAndNameInTwoApiGroupsAreTwoObjects() throws Exception {
    String certificate = """
        apiVersion: %s
        kind: Certificate
        metadata: {name: web}
        """;
    String twoGroups = certificate.formatted("cert-manager.io/v1") + "---\n" + certificate.formatted("example.com/v1");
    String oneGroupTwice = certificate.formatted("cert-manager.io/v1") + "---\n" + certificate.formatted("cert-manager.io/v1");

    assertThat(findings(BundleRules.DUPLICATE, twoGroups)).isEmpty();
    assertThat(findings(BundleRules.DUPLICATE, oneGroupTwice)).singleElement().asString()
        .startsWith("metadata.name: Duplicate value: ");
  }
}
