package dev.alluxiok8s.helm.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.helm.HelmValuesException;
import dev.alluxiok8s.helm.HelmValuesImport;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.proxy.ProxyKind;
import dev.alluxiok8s.model.volume.VolumeKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chart 0.6.x's logserver, proxy and metrics blocks, imported onto spec.logServer, spec.proxy and spec.metrics. */
class LogServerProxyMetricsImportTest {

  private static final String UFS = """
      properties:
        alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio
      """;

  private static HelmImport read(String yaml) throws HelmValuesException {
    return HelmValuesImport.create().chartLine(ChartLine.V0_6).read("values.yaml", (UFS + yaml).getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> errors(String yaml) {
    try {
      read(yaml);
    } catch (HelmValuesException e) {
      return e.diagnostics().stream().map(d -> DiagnosticFormat.line(d, "")).toList();
    }
    throw new AssertionError("expected the import to fail");
  }

  @Test
  void theLogServerKeepsItsPortVolumeAndResources() throws Exception {
    HelmImport imported = read("""
        logserver:
          enabled: true
          ports:
            logging: 45700
          volumeType: hostPath
          hostPath: /var/log/alluxio
          resources:
            limits:
              memory: 4Gi
        """);
    ClusterSpec spec = imported.cluster().spec();
    assertThat(spec.logServer().enabled()).isTrue();
    assertThat(spec.logServer().port()).isEqualTo(45700);
    assertThat(spec.logServer().volume().kind()).isEqualTo(VolumeKind.HOST_PATH);
    assertThat(spec.logServer().volume().path()).contains("/var/log/alluxio");
    // The chart's other defaults stay: requests of 1 CPU and 1Gi, a CPU limit of 4.
    assertThat(spec.logServer().resources().limits()).containsEntry("memory", "4Gi").containsEntry("cpu", "4");
    assertThat(spec.logServer().podSecurity()).isPresent();
    assertThat(imported.warnings()).noneMatch(w -> w.message().contains("not rendered"));
  }

  @Test
  void theProxyIsADaemonSetAsInTheChart() throws Exception {
    ClusterSpec spec = read("proxy:\n  enabled: true\n  ports:\n    web: 39990\n").cluster().spec();
    assertThat(spec.proxy().enabled()).isTrue();
    assertThat(spec.proxy().kind()).isEqualTo(ProxyKind.DAEMON_SET);
    assertThat(spec.proxy().port()).isEqualTo(39990);
  }

  @Test
  void theProxysPortPropertyWinsOverItsPortKeyAndTheMetricsFileIsComputedHere() throws Exception {
    String values = """
        properties:
          alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio
          alluxio.proxy.web.port: 39998
        proxy:
          enabled: true
          ports:
            web: 39990
        """;
    ClusterSpec spec = HelmValuesImport.create().chartLine(ChartLine.V0_6)
        .read("values.yaml", values.getBytes(StandardCharsets.UTF_8)).cluster().spec();
    assertThat(spec.proxy().port()).isEqualTo(39998);
    assertThat(spec.properties()).doesNotContainKey("alluxio.proxy.web.port");

    assertThat(errors("  alluxio.metrics.conf.file: /etc/metrics.properties\n")).singleElement().asString()
        .startsWith("values.yaml:3:3: error: properties.\"alluxio.metrics.conf.file\"");
  }

  @Test
  void enabledSinksBecomeTheLinesTheChartWrites() throws Exception {
    ClusterSpec spec = read("""
        metrics:
          enabled: true
          CsvSink:
            enabled: true
            directory: /tmp/metrics
          PrometheusMetricsServlet:
            enabled: true
          podAnnotations:
            prometheus.io/scrape: "true"
            prometheus.io/port: "19999"
        """).cluster().spec();
    assertThat(spec.metrics().prometheusServlet()).isTrue();
    assertThat(spec.metrics().scrapeAnnotations()).isTrue();
    assertThat(spec.metrics().sinks()).containsExactly(
        java.util.Map.entry("sink.csv.class", "alluxio.metrics.sink.CsvSink"),
        java.util.Map.entry("sink.csv.directory", "/tmp/metrics"),
        java.util.Map.entry("sink.csv.period", "1"),
        java.util.Map.entry("sink.csv.unit", "seconds"));
  }

  @Test
  void refusesSeveralLogServersOtherArgumentsAndForeignAnnotations() {
    assertThat(errors("""
        logserver:
          enabled: true
          replicas: 2
        proxy:
          enabled: true
          args: [proxy, --debug]
        metrics:
          enabled: true
          podAnnotations:
            team: data
        """)).containsExactly(
        "values.yaml:5:3: error: logserver.replicas: one log server receives every process's logs (they send to one "
            + "host name); set replicas to 1",
        "values.yaml:8:3: error: proxy.args: custom arguments are not supported: alluxio-k8s starts the process with "
            + "proxy; use properties and jvmOptions instead",
        "values.yaml:12:5: error: metrics.podAnnotations.team: only prometheus.io/ scrape annotations are carried over, "
            + "as spec.metrics.scrapeAnnotations");
  }
}
