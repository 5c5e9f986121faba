package dev.alluxiok8s.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exact wording of the most visible findings: the API server's own where it has one. */
class MessagesTest {

  private static Diagnostic only(String yaml, String rule) {
    List<Diagnostic> f = Fixtures.of(Fixtures.validate("m.yaml", yaml), rule);
    assertThat(f).as("findings of %s", rule).hasSize(1);
    return f.get(0);
  }

  @Test
  void unknownFieldNamesTheFullPathAndSuggestsTheRightSpelling() {
    Diagnostic f = only("""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: alluxio-fuse
        spec:
          selector:
            matchLabels: {app: f}
          template:
            metadata:
              labels: {app: f}
            spec:
              affinity:
                podAffinity:
                  RequiredDuringSchedulingIgnoredDuringExecution: []
              containers:
              - name: c
                image: busybox:1.36
        """, "K8S-STRUCT-UNKNOWN-FIELD");

    String path = "spec.template.spec.affinity.podAffinity.RequiredDuringSchedulingIgnoredDuringExecution";
    assertThat(f).isEqualTo(Diagnostic.onObject(
        "K8S-STRUCT-UNKNOWN-FIELD",
        Severity.ERROR,
        new ObjectRef("apps/v1", "DaemonSet", "", "alluxio-fuse", 0),
        path,
        "unknown field \"" + path + "\"",
        Remedy.advice("did you mean \"requiredDuringSchedulingIgnoredDuringExecution\"?"),
        Optional.of(new SourceLocation("m.yaml", 14, 11))));
  }

  @Test
  void serviceNamesAreDns1035Labels() {
    Diagnostic f = only("apiVersion: v1\nkind: Service\nmetadata:\n  name: 0-master\n", "K8S-NAME-DNS1035");
    assertThat(f.path()).isEqualTo("metadata.name");
    assertThat(f.message()).isEqualTo(
        "Invalid value: \"0-master\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', "
            + "start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', "
            + "regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')");
  }

  @Test
  void selectorMismatchUsesTheApiServerWording() {
    Diagnostic f = only("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector:
            matchLabels: {app: x}
          template:
            metadata:
              labels: {role: b, app: web}
            spec:
              containers: [{name: c, image: "busybox:1.36"}]
        """, "K8S-SELECTOR-MISMATCH");
    assertThat(f.message()).isEqualTo(
        "Invalid value: map[string]string{\"app\":\"web\", \"role\":\"b\"}: `selector` does not match template `labels`");
  }

  @Test
  void mountsWithoutVolumeAreNotFound() {
    Diagnostic f = only(Fixtures.pod("volumeMounts: [{name: alluxio-journal, mountPath: /journal}]"), "K8S-VOLUMEMOUNT-NOT-FOUND");
    assertThat(f.path()).isEqualTo("spec.containers[0].volumeMounts[0].name");
    assertThat(f.message()).isEqualTo("Not found: \"alluxio-journal\"");
    assertThat(f.toString()).isEqualTo(
        "m.yaml:8:21: error: Pod/p: spec.containers[0].volumeMounts[0].name: Not found: \"alluxio-journal\""
            + " [K8S-VOLUMEMOUNT-NOT-FOUND]" + System.lineSeparator()
            + "  hint: add a volume named \"alluxio-journal\" to the pod's volumes, or remove the mount");
  }

  @Test
  void quantitiesQuoteTheApiServerRegex() {
    Diagnostic f = only("""
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: journal}
        spec:
          resources:
            requests: {storage: 1.5GB}
        """, "K8S-QUANTITY");
    assertThat(f.path()).isEqualTo("spec.resources.requests.storage");
    assertThat(f.message()).isEqualTo(
        "Invalid value: \"1.5GB\": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  }

  @Test
  void requestsAboveLimitsNameTheLimit() {
    Diagnostic f = only(Fixtures.pod("resources: {limits: {memory: 1G}, requests: {memory: 2Gi}}"), "K8S-RESOURCES");
    assertThat(f.message()).isEqualTo("Invalid value: \"2Gi\": must be less than or equal to memory limit of 1G");
  }

  @Test
  void enumsListTheSupportedValues() {
    Diagnostic f = only(Fixtures.pod("imagePullPolicy: IfNotPreset"), "K8S-STRUCT-ENUM");
    assertThat(f.message()).isEqualTo("Unsupported value: \"IfNotPreset\": supported values: \"Always\", \"IfNotPresent\", \"Never\"");
  }
}
