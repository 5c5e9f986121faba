package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.cli.Cli.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmValuesRenderTest {

  @TempDir Path dir;

  @Test
  void rendersTheClusterOfAChartValuesFileWithItsCredentialsMovedToASecret() {
    Run run = Cli.run("render", "--helm-values", Cli.copy("chart-values.yaml", dir).toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("kind: Secret", "kind: StatefulSet", "replicas: 3",
        "alluxio.master.embedded.journal.addresses=alluxio-master-0:19200,alluxio-master-1:19200,alluxio-master-2:19200");
    assertThat(run.out()).doesNotContain("AKIAEXAMPLEKEYID\n  ALLUXIO").doesNotContain("-Daws.secretKey=example");
    assertThat(run.err()).contains(": warning: ").doesNotContain("example-secret-key-value");
  }

  @Test
  void placeholdersLeftFromTheGuideAreErrors() {
    Path values = Cli.copy("chart-values-placeholder.yaml", dir);

    Run run = Cli.run("render", "--helm-values", values.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(values + ":2:").contains("error:", "<under_storage_address>");
  }

  @Test
  void aSpecAndAValuesFileTogetherAreAUsageError() {
    Run both = Cli.run("render", Cli.copy("valid.yaml", dir).toString(), "--helm-values",
        Cli.copy("chart-values.yaml", dir).toString());
    Run neither = Cli.run("render");

    assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(both.err()).startsWith("alluxio-k8s render: error: give either a SPEC file or --helm-values VALUES");
    assertThat(neither.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void anUnknownChartVersionIsAUsageError() {
    Run run = Cli.run("render", "--helm-values", Cli.copy("chart-values.yaml", dir).toString(), "--chart-version", "0.4");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--chart-version: \"0.4\" is not a chart version alluxio-k8s can read");
  }
}
