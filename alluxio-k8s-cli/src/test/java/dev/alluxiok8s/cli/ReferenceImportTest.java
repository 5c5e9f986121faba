package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.helm.HelmValuesImport;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.naming.Naming;
import dev.alluxiok8s.kube.diagnostic.Severity;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reference case of both charts imports and renders with no validation error, in both namings. */
class ReferenceImportTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.alluxiok8s.cli.Reference#allCases")
  void importsAndRendersWithoutErrors(String name, Path kase, ChartLine version) throws Exception {
    HelmImport imported = HelmValuesImport.create().chartLine(version).read(kase.resolve("values.yaml"));
    for (Naming naming : new Naming[] {Naming.modern(), ImportedRendering.naming(imported, true)}) {
      RenderResult result = ImportedRendering.rendererBuilder(imported, naming).build().render(imported.cluster());
      assertThat(result.report().findings()).as(name + " " + naming)
          .noneMatch(f -> f.severity() == Severity.ERROR);
      assertThat(result.stream()).as("no credential value in the ConfigMap or anywhere but the Secret")
          .doesNotContain("-Daws.secretKey=EXAMPLE");
    }
  }
}
