package dev.alluxiok8s.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.placement.Toleration;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The chart's ServiceAccounts, tolerations and pod annotations, global and per component, as its templates combine them. */
class PodExtrasImportTest {

  private static final String S3 = """
      properties:
        alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio
      """;

  private static HelmImport read(String yaml) throws HelmValuesException {
    return HelmValuesImport.create().chartLine(ChartLine.V0_6)
        .read("values.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static final Toleration GLOBAL =
      Toleration.builder().key("dedicated").value("alluxio").effect("NoSchedule").build();

  @Test
  void aComponentsAccountWinsAndTheGlobalOneServesTheRest() throws Exception {
    ClusterSpec spec = read(S3 + """
        serviceAccount: alluxio
        worker:
          serviceAccount: alluxio-worker
        fuse:
          enabled: true
          serviceAccount: alluxio-fuse
        """).cluster().spec();
    assertThat(spec.serviceAccountName()).contains("alluxio");
    assertThat(spec.masters().pod().serviceAccountName()).isEmpty();
    assertThat(spec.workers().pod().serviceAccountName()).contains("alluxio-worker");
    assertThat(spec.fuse().pod().serviceAccountName()).contains("alluxio-fuse");
  }

  @Test
  void aComponentsTolerationsComeFirstThenTheGlobalOnesOnEveryComponent() throws Exception {
    ClusterSpec spec = read(S3 + """
        tolerations:
          - {key: dedicated, operator: Equal, value: alluxio, effect: NoSchedule}
        master:
          tolerations:
            - {key: node-role.kubernetes.io/control-plane, operator: Exists}
        fuse:
          enabled: true
        """).cluster().spec();
    assertThat(spec.masters().placement().tolerations()).containsExactly(
        Toleration.builder().key("node-role.kubernetes.io/control-plane").operator("Exists").build(), GLOBAL);
    assertThat(spec.workers().placement().tolerations()).containsExactly(GLOBAL);
    assertThat(spec.fuse().placement().tolerations()).containsExactly(GLOBAL);
  }

  @Test
  void podAnnotationsOfMastersAndWorkersReachTheirPodsAndFusesAreIgnoredAsTheChartDoes() throws Exception {
    HelmImport imported = read(S3 + """
        master:
          podAnnotations:
            example.com/owner: data
        fuse:
          enabled: true
          podAnnotations:
            example.com/owner: data
        """);
    ClusterSpec spec = imported.cluster().spec();
    assertThat(spec.masters().pod().annotations()).containsEntry("example.com/owner", "data");
    assertThat(spec.fuse().pod().annotations()).isEmpty();
    assertThat(imported.warnings()).extracting(w -> DiagnosticFormat.line(w, ""))
        .anySatisfy(w -> assertThat(w).startsWith("values.yaml:8:3: warning: fuse.podAnnotations: the chart's FUSE "
            + "template never reads it"));
  }

  @Test
  void aComponentsTolerationKeepsItsSecondsAndAnEmptyAccountIsNone() throws Exception {
    ClusterSpec spec = read(S3 + """
        serviceAccount: ''
        master:
          serviceAccount: ''
          tolerations:
          - {key: dedicated, operator: Exists, effect: NoExecute, tolerationSeconds: 30}
        """).cluster().spec();

    assertThat(spec.masters().placement().tolerations()).singleElement()
        .satisfies(t -> assertThat(t.tolerationSeconds()).contains(30L));
    assertThat(spec.masters().pod().serviceAccountName()).isEmpty();
    assertThat(spec.serviceAccountName()).isEmpty();
  }

  @Test
  void aComponentsBadTolerationOrAccountIsReportedAtItsFieldOrAtTheToleration() {
    assertThatThrownBy(() -> read(S3 + """
        master:
          tolerations:
          - {key: dedicated, operator: Exists, value: alluxio}
          - {effect: NoSchedule}
          serviceAccount: Bad_SA
        """)).isInstanceOfSatisfying(HelmValuesException.class, e -> assertThat(e.diagnostics())
        .extracting(d -> DiagnosticFormat.line(d, ""))
        .anySatisfy(l -> assertThat(l).startsWith("values.yaml:5:40: error: master.tolerations[0].value: must be empty when "
            + "operator is \"Exists\""))
        .anySatisfy(l -> assertThat(l).startsWith("values.yaml:6:5: error: master.tolerations[1]: must be \"Exists\" when "
            + "key is empty"))
        .anySatisfy(l -> assertThat(l).startsWith("values.yaml:7:3: error: master.serviceAccount: ")));
  }

  @Test
  void annotationsOverKubernetesTotalAreReportedAtTheComponentsPodAnnotations() {
    // Each value is under the import's limit of one value, 65536 characters; together they pass 256 KiB.
    String fiveLargeAnnotations = "    a: V\n    b: V\n    c: V\n    d: V\n    e: V\n".replace("V", "x".repeat(60_000));

    assertThatThrownBy(() -> read(S3 + "master:\n  podAnnotations:\n" + fiveLargeAnnotations))
        .isInstanceOfSatisfying(HelmValuesException.class, e -> assertThat(e.diagnostics())
            .extracting(d -> DiagnosticFormat.line(d, ""))
            .containsExactly("values.yaml:4:3: error: master.podAnnotations: may not have more than 262144 bytes in all, "
                + "got 300005 (spec.masters.pod.annotations)"));
  }

  @Test
  void everyBadTolerationAccountAndAnnotationIsReportedAtItsKeyInOneRun() {
    assertThatThrownBy(() -> read(S3 + """
        serviceAccount: Alluxio_SA
        tolerations:
          - {key: dedicated, operator: Exists, value: alluxio}
          - {key: dedicated, tolerationSecond: 30}
          - just-a-string
        worker:
          podAnnotations:
            alluxio-k8s.dev/pod-security-level: privileged
        """)).isInstanceOfSatisfying(HelmValuesException.class, e -> assertThat(e.diagnostics())
        .extracting(d -> DiagnosticFormat.line(d, ""))
        .anySatisfy(l -> assertThat(l).isEqualTo("values.yaml:5:40: error: tolerations[0].value: must be empty when "
            + "operator is \"Exists\""))
        .anySatisfy(l -> assertThat(l).startsWith("values.yaml:6:22: error: tolerations[1].tolerationSecond: unknown "
            + "field \"tolerationSecond\" of a toleration"))
        .anySatisfy(l -> assertThat(l).startsWith("values.yaml:7:5: error: tolerations[2]: expected a toleration"))
        .anySatisfy(l -> assertThat(l).startsWith("values.yaml:10:5: error: worker.podAnnotations.\"alluxio-k8s.dev/pod-security-level\": the "
            + "prefix alluxio-k8s.dev/ is reserved"))
        .anySatisfy(l -> assertThat(l).startsWith("values.yaml:3:1: error: serviceAccount: \"Alluxio_SA\" is not a "
            + "ServiceAccount name")));
  }
}
