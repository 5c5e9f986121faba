package dev.alluxiok8s.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.validation.manifest.Manifest;
import dev.alluxiok8s.validation.podsecurity.PodSecurityAnnotations;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public entry point: ordering, determinism, severities, in-memory trees, exemptions. */
class ValidatorTest {

  private static final String TWO_OBJECTS = """
      apiVersion: v1
      kind: Pod
      metadata: {name: Bad_Pod}
      spec:
        containers:
        - {name: B, image: "busybox:1.36"}
        - {name: a_, image: "busybox:1.36"}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: 9svc}
      """;

  @Test
  void findingsAreOrderedByObjectThenPathThenRule() {
    ValidationReport r = Fixtures.validate("o.yaml", TWO_OBJECTS);
    List<Diagnostic> f = r.findings();
    for (int i = 1; i < f.size(); i++) {
      Diagnostic a = f.get(i - 1);
      Diagnostic b = f.get(i);
      assertThat(a.object().orElseThrow().index()).isLessThanOrEqualTo(b.object().orElseThrow().index());
    }
    assertThat(r.errors()).extracting(x -> x.object().orElseThrow().index() + " " + x.path() + " " + x.ruleId()).containsSubsequence(
        "0 metadata.name K8S-NAME-DNS1123-SUBDOMAIN",
        "0 spec.containers[0].name K8S-CONTAINER-NAME",
        "0 spec.containers[1].name K8S-CONTAINER-NAME",
        "1 metadata.name K8S-NAME-DNS1035");
  }

  @Test
  void validatingTwiceGivesTheSameReport() {
    assertThat(Fixtures.validate("o.yaml", TWO_OBJECTS).findings())
        .isEqualTo(Fixtures.validate("o.yaml", TWO_OBJECTS).findings());
  }

  @Test
  void severitiesAreSeparated() {
    ValidationReport r = Fixtures.validate("o.yaml", TWO_OBJECTS);
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.errors()).allMatch(f -> f.severity() == Severity.ERROR);
    assertThat(r.warnings()).isNotEmpty().allMatch(f -> f.severity() == Severity.WARNING);
    assertThat(r.infos()).isNotEmpty().allMatch(f -> f.severity() == Severity.INFO);
    assertThat(r.findings()).hasSize(r.errors().size() + r.warnings().size() + r.infos().size());
  }

  @Test
  void inMemoryTreesHaveNoLocation() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("name", "Bad");
    Map<String, Object> cm = new LinkedHashMap<>();
    cm.put("apiVersion", "v1");
    cm.put("kind", "ConfigMap");
    cm.put("metadata", meta);
    ValidationReport r = KubernetesValidator.builder().build().validateTrees(List.of(cm));
    assertThat(r.errors()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("K8S-NAME-DNS1123-SUBDOMAIN");
      assertThat(f.location()).isEmpty();
    });
  }

  @Test
  void otherReadersCanAttachTheirOwnLocations() {
    Map<String, Object> cm = new LinkedHashMap<>();
    cm.put("apiVersion", "v1");
    cm.put("kind", "ConfigMap");
    cm.put("metadata", new LinkedHashMap<>(Map.of("name", "Bad")));
    SourceLocation where = new SourceLocation("generated.json", 3, 7);
    ValidationReport r = KubernetesValidator.builder().build()
        .validate(List.of(Manifest.of(cm, "generated.json", path -> Optional.of(where))));
    assertThat(r.errors()).singleElement().satisfies(f -> assertThat(f.location()).contains(where));
  }

  @Test
  void aCleanRestrictedStatefulSetBundleHasNoErrorsOrWarnings() {
    ValidationReport r = Fixtures.validate("clean.yaml", """
        apiVersion: v1
        kind: Service
        metadata: {name: alluxio-master}
        spec:
          clusterIP: None
          selector: {app: alluxio, role: master}
          ports:
          - {name: rpc, port: 19998, targetPort: rpc}
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: alluxio-master}
        spec:
          serviceName: alluxio-master
          replicas: 3
          selector:
            matchLabels: {app: alluxio, role: master}
          template:
            metadata:
              labels: {app: alluxio, role: master}
            spec:
              securityContext: {runAsNonRoot: true, runAsUser: 1000, fsGroup: 1000, seccompProfile: {type: RuntimeDefault}}
              containers:
              - name: alluxio-master
                image: alluxio/alluxio:2.9.4
                imagePullPolicy: IfNotPresent
                ports: [{name: rpc, containerPort: 19998}]
                resources:
                  requests: {cpu: "1", memory: 1Gi}
                  limits: {cpu: "2", memory: 1Gi}
                readinessProbe: {tcpSocket: {port: rpc}}
                livenessProbe: {tcpSocket: {port: rpc}}
                securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
                volumeMounts: [{name: journal, mountPath: /journal}]
          volumeClaimTemplates:
          - metadata: {name: journal}
            spec:
              accessModes: [ReadWriteOnce]
              resources: {requests: {storage: 1Gi}}
        """);
    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings()).isEmpty();
    assertThat(r.infos()).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("meets Pod Security level \"restricted\""));
  }

  private static final String FUSE = """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: alluxio-fuse
        annotations:
          %s
      spec:
        selector: {matchLabels: {app: fuse}}
        template:
          metadata: {labels: {app: fuse}}
          spec:
            containers:
            - name: fuse
              image: alluxio/alluxio-fuse:2.9.4
              securityContext: {privileged: true}
            volumes:
            - {name: dev-fuse, hostPath: {path: /dev/fuse, type: File}}
      """;

  @Test
  void aReasonedExemptionTurnsPodSecurityErrorsIntoInformation() {
    String exempt = PodSecurityAnnotations.LEVEL + ": privileged\n    " + PodSecurityAnnotations.REASON
        + ": \"FUSE needs /dev/fuse and a privileged container\"";
    ValidationReport ok = Fixtures.validate("f.yaml", FUSE.formatted(exempt));
    assertThat(ok.errors()).isEmpty();
    assertThat(Fixtures.of(ok, "PSS-EXEMPT")).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("exempt from Pod Security level \"baseline\" at \"privileged\": FUSE needs /dev/fuse and a privileged container"));

    ValidationReport none = Fixtures.validate("f.yaml", FUSE.formatted("example.com/other: x"));
    assertThat(none.errors()).extracting(Diagnostic::ruleId)
        .containsExactlyInAnyOrder("PSS-BASELINE-PRIVILEGED", "PSS-BASELINE-HOSTPATH");
  }

  @Test
  void requiringRestrictedReportsTheRestrictedGaps() throws Exception {
    String pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: c, image: "busybox:1.36"}]
        """;
    assertThat(Fixtures.validate("p.yaml", pod).errors()).isEmpty();
    ValidationReport strict = KubernetesValidator.builder().requiredPodSecurityLevel(PodSecurityLevel.RESTRICTED).build()
        .validate(dev.alluxiok8s.validation.manifest.Manifests.read("p.yaml", pod));
    assertThat(strict.errors()).extracting(Diagnostic::ruleId).containsExactly(
        "PSS-RESTRICTED-PRIVILEGE-ESCALATION", "PSS-RESTRICTED-CAPABILITIES", "PSS-RESTRICTED-RUN-AS-NON-ROOT",
        "PSS-RESTRICTED-SECCOMP");
  }

  @Test
  void oneWorkloadCanBeHeldToRestricted() throws Exception {
    String pods = """
        apiVersion: v1
        kind: Pod
        metadata: {name: master}
        spec:
          containers: [{name: c, image: "busybox:1.36"}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: worker}
        spec:
          containers: [{name: c, image: "busybox:1.36"}]
        """;
    ValidationReport r = KubernetesValidator.builder()
        .requiredPodSecurityLevel("Pod", "master", PodSecurityLevel.RESTRICTED)
        .build()
        .validate(dev.alluxiok8s.validation.manifest.Manifests.read("p.yaml", pods));
    assertThat(r.errors()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.object().orElseThrow().name()).isEqualTo("master");
      assertThat(f.ruleId()).startsWith("PSS-RESTRICTED-");
    });
  }

  @Test
  void customResourcesAreWarnedAboutNotRejected() {
    ValidationReport r = Fixtures.validate("cr.yaml", """
        apiVersion: cert-manager.io/v1
        kind: Certificate
        metadata: {name: alluxio}
        spec: {anything: goes}
        """);
    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings()).extracting(Diagnostic::ruleId).containsExactly("K8S-STRUCT-UNKNOWN-KIND");
  }
}
