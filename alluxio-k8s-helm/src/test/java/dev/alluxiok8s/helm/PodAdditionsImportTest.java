package dev.alluxiok8s.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.container.EnvVar;
import dev.alluxiok8s.model.container.Sidecar;
import dev.alluxiok8s.model.placement.Toleration;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Chart 0.6.x's per-component env, hostPID, shareProcessNamespace, extra volumes, mounts and
 * containers, read as its templates render them, and the log server's and proxy's accounts and
 * tolerations.
 */
class PodAdditionsImportTest {

  private static final String S3 = """
      properties:
        alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio
      """;

  private static HelmImport read(String yaml) throws HelmValuesException {
    return HelmValuesImport.create().chartLine(ChartLine.V0_6)
        .read("values.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachProcessKeepsItsOwnEnvironmentAsTheChartWritesIt() throws Exception {
    ClusterSpec spec = read(S3 + """
        master:
          env:
            TZ: UTC
        jobMaster:
          env:
            JOB_QUEUE: batch
        worker:
          env:
            CACHE_WARMUP: 30
        jobWorker:
          env:
        logserver:
          enabled: true
          env:
            LOG_RETENTION: 7d
        proxy:
          enabled: true
          env:
            S3_REGION: eu-west-1
        """).cluster().spec();
    assertThat(spec.masters().master().env()).containsExactly(EnvVar.of("TZ", "UTC"));
    assertThat(spec.masters().jobMaster().env()).containsExactly(EnvVar.of("JOB_QUEUE", "batch"));
    assertThat(spec.workers().worker().env()).containsExactly(EnvVar.of("CACHE_WARMUP", "30"));
    assertThat(spec.workers().jobWorker().env()).isEmpty();
    assertThat(spec.logServer().env()).containsExactly(EnvVar.of("LOG_RETENTION", "7d"));
    assertThat(spec.proxy().env()).containsExactly(EnvVar.of("S3_REGION", "eu-west-1"));
  }

  @Test
  void volumesMountsContainersAndProcessNamespacesReachThePods() throws Exception {
    HelmImport imported = read(S3 + """
        worker:
          shareProcessNamespace: true
          extraVolumes:
            - name: ca-bundle
              configMap:
                name: corp-ca
                defaultMode: 0444
            - name: scratch
              emptyDir: {}
          extraVolumeMounts:
            - name: ca-bundle
              mountPath: /etc-ca
              readOnly: true
          extraContainers:
            - name: log-shipper
              image: fluent/fluent-bit:2.2.0
              imagePullPolicy: IfNotPresent
              args: ["--config=/scratch/fb.conf"]
              env:
                SHIPPER_MODE: tail
              envValueFrom:
                NODE_NAME: spec.nodeName
              ports:
                - name: shipper
                  containerPort: 2020
              volumeMounts:
                - name: scratch
                  mountPath: /scratch
              resources:
                limits:
                  cpu: 100m
                  memory: 64Mi
        """);
    ClusterSpec spec = imported.cluster().spec();
    assertThat(spec.workers().pod().shareProcessNamespace()).isTrue();
    assertThat(spec.workers().pod().volumes()).satisfiesExactly(
        v -> assertThat(v.configMap()).hasValueSatisfying(c -> assertThat(c.defaultMode()).contains(0444 /* octal, as Helm reads YAML 1.1 */)),
        v -> assertThat(v.emptyDir()).isPresent());
    assertThat(spec.workers().pod().volumeMounts()).singleElement().satisfies(m -> assertThat(m.readOnly()).isTrue());
    Sidecar shipper = spec.workers().pod().containers().get(0);
    assertThat(shipper.image().reference()).isEqualTo("fluent/fluent-bit:2.2.0");
    assertThat(shipper.env()).extracting(EnvVar::name).containsExactly("SHIPPER_MODE", "NODE_NAME");
    assertThat(shipper.resources()).hasValueSatisfying(r -> assertThat(r.limits()).containsEntry("memory", "64Mi"));
    // Every field used is one the chart renders: nothing about them is ignored.
    assertThat(imported.warnings()).extracting(w -> DiagnosticFormat.line(w, "")).noneMatch(w -> w.contains("worker.extra"));
  }

  @Test
  void hostPidImportsWithThePrivilegedExemptionTheChartsPodsNeed() throws Exception {
    ClusterSpec spec = read(S3 + """
        master:
          hostPID: true
        """).cluster().spec();
    assertThat(spec.masters().pod().hostPID()).isTrue();
    assertThat(spec.masters().podSecurity()).hasValueSatisfying(e -> assertThat(e.level().value()).isEqualTo("privileged"));
  }

  @Test
  void theLogServersAndProxysAccountAndTolerationsAreCarriedOver() throws Exception {
    ClusterSpec spec = read(S3 + """
        serviceAccount: alluxio
        tolerations:
          - {key: dedicated, operator: Exists}
        logserver:
          enabled: true
          tolerations:
            - {key: logs, operator: Exists}
        proxy:
          enabled: true
          serviceAccount: alluxio-proxy
          tolerations:
            - {key: edge, operator: Exists}
        """).cluster().spec();
    Toleration global = Toleration.builder().key("dedicated").operator("Exists").build();
    assertThat(spec.logServer().placement().tolerations())
        .containsExactly(Toleration.builder().key("logs").operator("Exists").build(), global);
    assertThat(spec.proxy().placement().tolerations())
        .containsExactly(Toleration.builder().key("edge").operator("Exists").build(), global);
    assertThat(spec.proxy().pod().serviceAccountName()).contains("alluxio-proxy");
  }

  @Test
  void whatTheChartNeverRendersIsReportedIgnoredAtItsKey() throws Exception {
    HelmImport imported = read(S3 + """
        master:
          extraVolumes:
            - name: data
              persistentVolumeClaim:
                claimName: data
          extraContainers:
            - name: debugger
              image: busybox:1.36
              securityContext:
                runAsUser: 0
        proxy:
          enabled: true
          podAnnotations:
            example.com/owner: data
        """);
    assertThat(imported.cluster().spec().masters().pod().volumes().get(0).emptyDir()).isPresent();
    assertThat(imported.warnings()).extracting(w -> DiagnosticFormat.line(w, ""))
        .anySatisfy(w -> assertThat(w).startsWith("values.yaml:6:7: warning: master.extraVolumes[0].persistentVolumeClaim: "
            + "the chart ignores it"))
        .anySatisfy(w -> assertThat(w).startsWith("values.yaml:11:7: warning: master.extraContainers[0].securityContext: "
            + "not carried over"))
        .anySatisfy(w -> assertThat(w).startsWith("values.yaml:15:3: warning: proxy.podAnnotations: the chart's proxy "
            + "template never reads it"));
  }

  @Test
  void everyRefusedAdditionIsReportedAtItsValuesKeyInOneRun() {
    assertThatThrownBy(() -> read(S3 + """
        master:
          env:
            ALLUXIO_MASTER_JAVA_OPTS: -Xmx8g
            LDAP_PASSWORD: hunter2
          extraVolumes:
            - name: alluxio-journal
              emptyDir: {}
          extraVolumeMounts:
            - name: missing
              mountPath: /etc/alluxio
          extraContainers:
            - name: shipper
              image: fluent/fluent-bit
        worker:
          hostPID: true
          shareProcessNamespace: maybe
        """)).isInstanceOfSatisfying(HelmValuesException.class, e -> assertThat(e.diagnostics())
        .extracting(d -> DiagnosticFormat.line(d, ""))
        .anySatisfy(l -> assertThat(l).startsWith("values.yaml:5:5: error: master.env.ALLUXIO_MASTER_JAVA_OPTS: "
            + "\"ALLUXIO_MASTER_JAVA_OPTS\" is not available"))
        .anySatisfy(l -> assertThat(l).startsWith("values.yaml:6:5: error: master.env.LDAP_PASSWORD: \"LDAP_PASSWORD\" "
            + "reads as a credential"))
        .anySatisfy(l -> assertThat(l).startsWith("values.yaml:8:7: error: master.extraVolumes[0].name: \"alluxio-journal\" "
            + "is not available"))
        .anySatisfy(l -> assertThat(l).startsWith("values.yaml:12:7: error: master.extraVolumeMounts[0].mountPath: "
            + "\"/etc/alluxio\" is inside /etc"))
        .anySatisfy(l -> assertThat(l).startsWith("values.yaml:15:7: error: master.extraContainers[0].image: "
            + "\"fluent/fluent-bit\" names no tag"))
        .anySatisfy(l -> assertThat(l).startsWith("values.yaml:18:3: error: worker.shareProcessNamespace: expected "
            + "true or false")));
  }
}
