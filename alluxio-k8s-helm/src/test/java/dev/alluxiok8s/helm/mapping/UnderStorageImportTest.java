package dev.alluxiok8s.helm.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmValuesException;
import dev.alluxiok8s.helm.HelmValuesImport;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The root mount's properties: what the model refuses in them is reported at the property that gave it. */
class UnderStorageImportTest {

  private static List<String> errors(String yaml) {
    try {
      HelmValuesImport.create().chartLine(ChartLine.V0_6).read("config.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    } catch (HelmValuesException e) {
      return e.diagnostics().stream().map(d -> DiagnosticFormat.line(d, "")).toList();
    }
    throw new AssertionError("expected the import to fail");
  }

  @Test
  void aRootThatIsNoUriIsAnErrorAtItsProperty() {
    assertThat(errors("properties:\n  alluxio.master.mount.table.root.ufs: relative/folder\n")).singleElement().asString()
        .startsWith("config.yaml:2:3: error: properties.\"alluxio.master.mount.table.root.ufs\": ")
        .endsWith("(spec.underStorage.rootUri)");
  }

  @Test
  void aRootMountOptionTheModelRefusesIsAnErrorAtItsProperty() {
    assertThat(errors("""
        properties:
          alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio
          alluxio.master.mount.table.root.option.alluxio.underfs.s3.region: "eu west 1"
        """)).anySatisfy(e -> assertThat(e)
            .startsWith("config.yaml:3:3: error: properties.\"alluxio.master.mount.table.root.option.alluxio.underfs.s3.region\": ")
            .endsWith("(spec.underStorage.options.\"alluxio.underfs.s3.region\")"));
  }
}
