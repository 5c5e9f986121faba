package dev.alluxiok8s.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart's properties, checked against Alluxio's catalog at their values keys on import. */
class CatalogCheckImportTest {

  private static final String ROOT = """
      properties:
        alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio
      """;

  @Test
  void theChartsMistakesAreErrorsAtTheirKeysTogetherWithTheOthers() {
    assertThat(errors(ROOT + """
          alluxio.user.file.writetype.defualt: CACHE_THROUGH
          alluxio.user.metrics.collection.enabled: "on"
        worker:
          properties:
            alluxio.worker.session.timeout: "1:30"
        master:
          count: 0
        """)).containsExactly(
        "config.yaml:3:3: error: properties.\"alluxio.user.file.writetype.defualt\": is not a property of Alluxio 2.9.4, "
            + "which ignores it silently; did you mean alluxio.user.file.writetype.default? [ALLUXIO-PROPERTY-UNKNOWN]",
        "config.yaml:4:3: error: properties.\"alluxio.user.metrics.collection.enabled\": \"on\" is not a valid boolean for "
            + "Alluxio: expected true or false (Alluxio reads any other word as false) [ALLUXIO-PROPERTY-VALUE]",
        "config.yaml:7:5: error: worker.properties.\"alluxio.worker.session.timeout\": \"1:30\" is not a valid duration for "
            + "Alluxio: expected a duration: a whole number and a unit (ms, s or sec, m or min, h or hr, d or day; none "
            + "means milliseconds), e.g. 1min (Alluxio's default) [ALLUXIO-PROPERTY-VALUE]",
        "config.yaml:9:3: error: master.count: must be between 1 and 99, got 0 (spec.masters.count)");
  }

  @Test
  void aWorkerKeyAmongTheMastersPropertiesAndAnOldNameAreWarnings() throws Exception {
    HelmImport imported = read(ROOT + """
        master:
          properties:
            alluxio.worker.session.timeout: 1min
        jobWorker:
          properties:
            alluxio.master.journal.flush.timeout.ms: 5min
        """);

    assertThat(imported.warnings().stream().map(w -> DiagnosticFormat.line(w, ""))).contains(
        "config.yaml:5:5: warning: master.properties.\"alluxio.worker.session.timeout\": is read by workers, not by the "
            + "master, so here it has no effect [ALLUXIO-PROPERTY-SCOPE]",
        "config.yaml:8:5: warning: jobWorker.properties.\"alluxio.master.journal.flush.timeout.ms\": is an old name of "
            + "alluxio.master.journal.flush.timeout that Alluxio 2.9.4 still accepts [ALLUXIO-PROPERTY-DEPRECATED]");
  }

  @Test
  void anImageTagOfAnotherLineIsNotedOnceAtTheTag() throws Exception {
    HelmImport imported = read(ROOT + """
          alluxio.user.file.writetype.default: THROUGH
        imageTag: 2.8.1
        fuse:
          properties:
            alluxio.user.file.writetype.default: THROUGH
        """);

    assertThat(imported.warnings().stream().map(w -> DiagnosticFormat.line(w, ""))
        .filter(l -> l.contains("no property catalog"))).containsExactly(
        "config.yaml:4:1: warning: imageTag: alluxio-k8s has no property catalog for Alluxio image tag \"2.8.1\"; "
            + "properties are checked against Alluxio 2.9.4's (org.alluxio:alluxio-core-common:2.9.4, alluxio.conf.PropertyKey) [ALLUXIO-PROPERTY-CATALOG]");
  }

  @Test
  void theDefaultTagOfTheLineIsNotedAtTheFileWhenTheFileGivesNoTag() throws Exception {
    HelmImport imported = HelmValuesImport.create().chartLine(ChartLine.V0_5).read("config.yaml",
        (ROOT + "  alluxio.user.file.writetype.default: THROUGH\n").getBytes(StandardCharsets.UTF_8));

    assertThat(imported.warnings().stream().map(w -> DiagnosticFormat.line(w, ""))
        .filter(l -> l.contains("no property catalog"))).singleElement().asString().startsWith(
        "config.yaml:1:1: warning: imageTag: alluxio-k8s has no property catalog for Alluxio image tag \"2.2.0-SNAPSHOT\"");
  }

  private static HelmImport read(String yaml) throws HelmValuesException {
    return HelmValuesImport.create().read("config.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> errors(String yaml) {
    try {
      read(yaml);
    } catch (HelmValuesException e) {
      return e.diagnostics().stream().map(d -> DiagnosticFormat.line(d, "")).toList();
    }
    throw new AssertionError("expected the import to fail");
  }
}
