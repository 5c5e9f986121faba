package dev.alluxiok8s.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code --chart-version auto} says at the deciding key which line it chose and why. */
class AutoDetectionTest {

  private static HelmImport auto(String yaml) throws HelmValuesException {
    return HelmValuesImport.create().read("values.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aFileWhoseOnlyTellingKeyIsFuseEnabledIsReadAs06AndToldSoAtThatKey() throws Exception {
    HelmImport imported = auto("""
        properties:
          alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio
        fuse:
          enabled: true
        """);
    assertThat(imported.chartLine()).isEqualTo(ChartLine.V0_6);
    assertThat(imported.warnings()).extracting(w -> DiagnosticFormat.line(w, "")).contains(
        "values.yaml:4:3: warning: fuse.enabled: the file is read as chart 0.6.x because this key belongs to that "
            + "line only (--chart-version auto); its defaults apply to every key left out; pass --chart-version 0.5 if "
            + "the file was written for chart 0.5.x");
  }

  @Test
  void theFirstDecidingKeyInTheFileCarriesTheWordAndNamesTheOthers() throws Exception {
    HelmImport imported = auto("""
        domainHostPath: /var/run/alluxio
        properties:
          alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio
        worker:
          shortCircuitPolicy: uuid
        """);
    assertThat(imported.chartLine()).isEqualTo(ChartLine.V0_5);
    assertThat(imported.warnings()).extracting(w -> DiagnosticFormat.line(w, ""))
        .filteredOn(w -> w.contains("--chart-version auto")).containsExactly(
            "values.yaml:1:1: warning: domainHostPath: the file is read as chart 0.5.x because this key (with "
                + "worker.shortCircuitPolicy) belongs to that line only (--chart-version auto); its defaults apply to "
                + "every key left out; pass --chart-version 0.6 if the file was written for chart 0.6.x");
  }

  @Test
  void fileOrderIsByLineFirstThenByColumn() throws Exception {
    String laterLineSmallerColumn = """
        properties:
          alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio
        worker:
          shortCircuitPolicy: uuid
        domainHostPath: /var/run/alluxio
        """;
    String oneLine = """
        properties:
          alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio
        journal: {pvcName: journal-claim, format: {job: {activeDeadlineSeconds: 60}}}
        """;

    assertThat(deciding(auto(laterLineSmallerColumn))).startsWith("values.yaml:4:3: warning: worker.shortCircuitPolicy: ");
    assertThat(deciding(auto(oneLine))).startsWith("values.yaml:3:11: warning: journal.pvcName: ");
  }

  private static String deciding(HelmImport imported) {
    return imported.warnings().stream().map(w -> DiagnosticFormat.line(w, "")).filter(w -> w.contains("--chart-version auto"))
        .findFirst().orElseThrow();
  }

  @Test
  void anExplicitVersionIsNotExplained() throws Exception {
    HelmImport imported = HelmValuesImport.create().chartLine(ChartLine.V0_6).read("values.yaml", """
        properties:
          alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio
        fuse:
          enabled: true
        """.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.warnings()).noneMatch(w -> w.message().contains("--chart-version auto"));
  }
}
