package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.cli.Cli.Run;
import org.junit.jupiter.api.Test;

/** Command lines {@code alluxio-k8s diff} refuses before it reads anything. */
class DiffUsageTest {

  @Test
  void onlyOneSideCanBeStandardInput() {
    Run run = Cli.run("diff", "-", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("alluxio-k8s diff: error: only one of OLD and NEW can be standard input (-)\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void chartNamesNeedHelmValues() {
    Run run = Cli.run("diff", "--chart-names", "old.yaml", "new.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo("alluxio-k8s diff: error: --chart-version and --chart-names only apply with --helm-values\n");
  }

  @Test
  void aChartVersionNeedsHelmValues() {
    Run run = Cli.run("diff", "--chart-version", "0.6", "old.yaml", "new.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("alluxio-k8s diff: error: --chart-version and --chart-names only apply");
  }
}
