package dev.alluxiok8s.validation.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every place a pod template names another object, each reported where it is written when the object is missing. */
class BundleReferencesTest {

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        serviceAccountName: reader
        imagePullSecrets:
        - name: registry
        initContainers:
        - name: init
          image: busybox:1.36
          env:
          - name: MODE
            valueFrom:
              configMapKeyRef: {name: modes, key: mode}
        containers:
        - name: c
          image: busybox:1.36
          envFrom:
          - configMapRef: {name: settings}
          - secretRef: {name: tokens}
          env:
          - name: KEY
            valueFrom:
              secretKeyRef: {name: s3, key: secretKey}
        volumes:
        - name: conf
          configMap: {name: site}
        - name: creds
          secret: {secretName: keytab}
        - name: journal
          persistentVolumeClaim: {claimName: journal}
        - name: both
          projected:
            sources:
            - configMap: {name: extra-site}
            - secret: {name: extra-keys}
      """;

  private static List<String> dangling(String yaml, ExternalReference... declared) throws Exception {
    List<Diagnostic> findings = KubernetesValidator.builder().externalReferences(List.of(declared)).build()
        .validate(Manifests.read("p.yaml", yaml)).findings();
    return findings.stream().filter(d -> d.ruleId().equals(BundleRules.REFERENCE))
        .map(d -> d.path() + " -> " + d.message()).toList();
  }

  @Test
  void eachMissingObjectIsReportedAtTheFieldThatNamesIt() throws Exception {
    assertThat(dangling(POD)).extracting(line -> line.substring(0, line.indexOf(" -> "))).containsExactlyInAnyOrder(
        "spec.serviceAccountName",
        "spec.imagePullSecrets[0].name",
        "spec.initContainers[0].env[0].valueFrom.configMapKeyRef.name",
        "spec.containers[0].envFrom[0].configMapRef.name",
        "spec.containers[0].envFrom[1].secretRef.name",
        "spec.containers[0].env[0].valueFrom.secretKeyRef.name",
        "spec.volumes[0].configMap.name",
        "spec.volumes[1].secret.secretName",
        "spec.volumes[2].persistentVolumeClaim.claimName",
        "spec.volumes[3].projected.sources[0].configMap.name",
        "spec.volumes[3].projected.sources[1].secret.name");
  }

  @Test
  void theMessageNamesTheKindAndTheObject() throws Exception {
    assertThat(dangling(POD)).anySatisfy(line -> assertThat(line)
        .startsWith("spec.volumes[2].persistentVolumeClaim.claimName -> ").contains("PersistentVolumeClaim").contains("journal"));
    assertThat(dangling(POD)).anySatisfy(line -> assertThat(line)
        .startsWith("spec.serviceAccountName -> ").contains("ServiceAccount").contains("reader"));
  }

  @Test
  void declaredExternalObjectsAndOptionalReferencesMayBeMissing() throws Exception {
    String optional = POD.replace("configMapRef: {name: settings}", "configMapRef: {name: settings, optional: true}");

    assertThat(dangling(optional, new ExternalReference("ServiceAccount", "reader"), new ExternalReference("Secret", "s3")))
        .noneMatch(line -> line.startsWith("spec.serviceAccountName ")
            || line.startsWith("spec.containers[0].envFrom[0].")
            || line.startsWith("spec.containers[0].env[0]."))
        .hasSize(8);
  }

  @Test
  void theDefaultServiceAccountAlwaysExists() throws Exception {
    assertThat(dangling(POD.replace("serviceAccountName: reader", "serviceAccountName: default")))
        .noneMatch(line -> line.startsWith("spec.serviceAccountName "));
  }
}
