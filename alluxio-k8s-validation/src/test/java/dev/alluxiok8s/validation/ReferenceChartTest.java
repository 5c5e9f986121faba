package dev.alluxiok8s.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.alluxiok8s.validation.bundle.ExternalReference;
import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.validation.manifest.ManifestParseException;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the validator over the output of Alluxio's own Helm charts (the shared reference folder) and
 * checks that it finds the chart bugs documented there, at the right object and path, and nothing it
 * should not. Skipped when the reference folder is not next to the repository.
 */
class ReferenceChartTest {

  private static Path reference;

  @BeforeAll
  static void locate() {
    String prop = System.getProperty("alluxio.k8s.reference");
    reference = prop == null ? null : Path.of(prop);
    assumeThat(reference != null && Files.isDirectory(reference.resolve("alluxio-helm-0.5.2")))
        .as("the Alluxio chart reference output is not at %s (system property alluxio.k8s.reference); "
            + "these checks need ../shared/reference next to the repository", prop)
        .isTrue();
  }

  private static ValidationReport validate(String chart, String kase, ExternalReference... external) throws IOException {
    KubernetesValidator.Builder b = KubernetesValidator.builder();
    for (ExternalReference e : external) {
      b.externalReference(e);
    }
    return b.build().validate(Manifests.read(reference.resolve(chart).resolve(kase).resolve("rendered.yaml")));
  }

  private static List<String> renderedCases(String chart) throws IOException {
    try (Stream<Path> s = Files.list(reference.resolve(chart))) {
      return s.filter(d -> d.resolve("rendered.yaml").toFile().length() > 0)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  private static List<Diagnostic> find(ValidationReport r, String rule, String object, String path) {
    return r.findings().stream()
        .filter(f -> f.ruleId().equals(rule) && f.object().orElseThrow().toString().equals(object) && f.path().equals(path))
        .toList();
  }

  /** 1-based number of the first line of a file that contains {@code text}. */
  private static int lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  @Test
  void fuseAffinityTypoIsAnUnknownFieldWithASuggestion() throws IOException {
    Path file = reference.resolve("alluxio-helm-0.5.2/12-fuse/rendered.yaml");
    ValidationReport r = validate("alluxio-helm-0.5.2", "12-fuse");

    List<Diagnostic> typo = find(r, "K8S-STRUCT-UNKNOWN-FIELD", "DaemonSet/alluxio-fuse",
        "spec.template.spec.affinity.podAffinity.RequiredDuringSchedulingIgnoredDuringExecution");
    int typoLine = lineOf(file, "RequiredDuringSchedulingIgnoredDuringExecution:");
    assertThat(typo).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.remedy()).isEqualTo(Remedy.advice("did you mean \"requiredDuringSchedulingIgnoredDuringExecution\"?"));
      assertThat(f.location()).hasValueSatisfying(l -> {
        assertThat(l.file()).isEqualTo(file.toString());
        assertThat(l.line()).isEqualTo(typoLine);
      });
    });
  }

  @Test
  void everyMasterStatefulSetOf052NamesAServiceThatDoesNotExist() throws IOException {
    List<String> cases = renderedCases("alluxio-helm-0.5.2");
    assertThat(cases).contains("01-defaults", "05-multi-master-embedded-journal", "12-fuse");
    for (String kase : cases) {
      ValidationReport r = validate("alluxio-helm-0.5.2", kase);
      int masters = kase.startsWith("05") || kase.startsWith("16") ? 3 : 1;
      for (int i = 0; i < masters; i++) {
        assertThat(find(r, "BUNDLE-STS-SERVICENAME", "StatefulSet/alluxio-master-" + i, "spec.serviceName"))
            .as("%s master %d", kase, i)
            .singleElement()
            .satisfies(f -> assertThat(f.message()).startsWith("Not found: \"master-")); // the chart drops the "alluxio-" prefix
      }
    }
  }

  @Test
  void chart065SingleMasterStatefulSetAlsoNamesAMissingService() throws IOException {
    ValidationReport r = validate("alluxio-helm-0.6.54", "05-multi-master-embedded-journal");
    assertThat(find(r, "BUNDLE-STS-SERVICENAME", "StatefulSet/alluxio-master", "spec.serviceName")).hasSize(1);
    // The per-pod Services select statefulset.kubernetes.io/pod-name, which the controller adds: not dangling.
    assertThat(Fixtures.of(r, "BUNDLE-SERVICE-NO-PODS")).isEmpty();
  }

  @Test
  void csiServiceAccountIsPinnedToTheDefaultNamespace() throws IOException {
    ValidationReport r = validate("alluxio-helm-0.6.54", "17-csi");
    assertThat(find(r, "BUNDLE-REFERENCE", "Deployment/alluxio-csi-controller", "spec.template.spec.serviceAccountName"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("\"csi-controller-sa\" is in namespace \"default\""));
  }

  @Test
  void fuseClientDemoUsesAlpineLatest() throws IOException {
    ValidationReport r = validate("alluxio-helm-0.5.2", "01-defaults");
    assertThat(find(r, "PRACTICE-IMAGE-TAG", "DaemonSet/alluxio-fuse-client", "spec.template.spec.containers[0].image"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("image \"alpine:latest\" is tagged latest"));
  }

  @Test
  void s3CredentialsSitInTheConfigMap() throws IOException {
    ValidationReport r = validate("alluxio-helm-0.5.2", "01-defaults");
    assertThat(find(r, "PRACTICE-CREDENTIALS", "ConfigMap/alluxio-config", "data.ALLUXIO_JAVA_OPTS")).hasSize(1);
  }

  @Test
  void hdfsSecretsMustExistOrBeDeclaredExternal() throws IOException {
    ValidationReport missing = validate("alluxio-helm-0.5.2", "04-hdfs-journal-secrets");
    assertThat(Fixtures.of(missing, "BUNDLE-REFERENCE"))
        .extracting(f -> f.object().orElseThrow().toString())
        .contains("StatefulSet/alluxio-master-0", "DaemonSet/alluxio-worker");
    assertThat(Fixtures.of(missing, "BUNDLE-REFERENCE")).allSatisfy(f -> {
      assertThat(f.path()).matches("spec\\.template\\.spec\\.volumes\\[\\d+]\\.secret\\.secretName");
      assertThat(f.message()).isEqualTo("Not found: Secret \"alluxio-hdfs-config\" is not in the set and not declared external");
    });

    ValidationReport declared = validate("alluxio-helm-0.5.2", "04-hdfs-journal-secrets",
        ExternalReference.secret("alluxio-hdfs-config"));
    assertThat(Fixtures.of(declared, "BUNDLE-REFERENCE")).isEmpty();
  }

  @Test
  void fuseAndWorkersAreBelowBaselineAndMastersReachBaseline() throws IOException {
    ValidationReport r = validate("alluxio-helm-0.5.2", "01-defaults");
    assertThat(find(r, "PSS-BASELINE-PRIVILEGED", "DaemonSet/alluxio-fuse",
        "spec.template.spec.containers[0].securityContext.privileged")).hasSize(1);
    assertThat(find(r, "PSS-BASELINE-HOST-NAMESPACES", "DaemonSet/alluxio-worker", "spec.template.spec.hostNetwork")).hasSize(1);
    assertThat(find(r, "PSS-LEVEL", "StatefulSet/alluxio-master-0", "spec.template.spec"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("meets Pod Security level \"baseline\""));
  }

  @Test
  void defaultsHaveExactlyTheDocumentedErrors() throws IOException {
    ValidationReport r = validate("alluxio-helm-0.5.2", "01-defaults");
    Set<String> errors = new TreeSet<>();
    r.errors().forEach(f -> errors.add(f.ruleId() + " " + f.object().orElseThrow()));
    assertThat(errors).containsExactly(
        "BUNDLE-STS-SERVICENAME StatefulSet/alluxio-master-0",
        "K8S-STRUCT-UNKNOWN-FIELD DaemonSet/alluxio-fuse",
        "PSS-BASELINE-CAPABILITIES DaemonSet/alluxio-fuse",
        "PSS-BASELINE-HOST-NAMESPACES DaemonSet/alluxio-fuse",
        "PSS-BASELINE-HOST-NAMESPACES DaemonSet/alluxio-worker",
        "PSS-BASELINE-HOSTPATH DaemonSet/alluxio-fuse",
        "PSS-BASELINE-HOSTPATH DaemonSet/alluxio-fuse-client",
        "PSS-BASELINE-HOSTPATH DaemonSet/alluxio-worker",
        "PSS-BASELINE-PRIVILEGED DaemonSet/alluxio-fuse");
  }

  @Test
  void theUnparseableShortCircuitCaseIsAYamlErrorWithItsLocation() throws IOException {
    Path kase = reference.resolve("alluxio-helm-0.5.2/13b-short-circuit-local-emptydir");
    assertThat(Files.readString(kase.resolve("exit-status.txt")).trim()).isEqualTo("1");
    Path debug = kase.resolve("rendered-debug.txt");
    // helm --debug surrounds the manifests with its own log lines; blank them so line numbers stay true.
    String text = Files.readString(debug, StandardCharsets.UTF_8)
        .replaceAll("(?m)^(install|helm)\\.go:\\d+: .*$", "");
    text = text.substring(0, text.indexOf("\nError: ") + 1);
    int broken = lineOf(debug, "with emptyDir is not supported in shortCircuitPolicy local");

    String source = debug.toString();
    String manifests = text;
    assertThatThrownBy(() -> Manifests.read(source, manifests))
        .isInstanceOfSatisfying(ManifestParseException.class, e -> {
          assertThat(e.location().file()).isEqualTo(source);
          assertThat(e.location().line()).isEqualTo(broken);
          assertThat(e.problem()).startsWith("invalid YAML: ");
        });
  }
}
