package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.cli.Cli.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Diffing a chart 0.5.2 reference render against our import of the same values lists the takeover
 * steps; with {@code --chart-names} nothing that holds data is recreated.
 */
class ChartTakeoverDiffTest {

  private static final String CASE = "03-single-master-ufs-local-journal-pvc";

  @Test
  void withChartNamesTheTakeoverKeepsTheJournalClaim() {
    Path kase = Reference.chart("alluxio-helm-0.5.2").resolve(CASE);

    Run run = Cli.run("diff", kase.resolve("rendered.yaml").toString(), kase.resolve("values.yaml").toString(),
        "--helm-values", "--chart-names");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).doesNotContain("DATA_AT_RISK").doesNotContain("EXAMPLESECRETKEY").doesNotContain("EXAMPLEACCESSKEYID")
        .contains("error: DaemonSet/alluxio-worker: spec.selector: REFUSED_BY_API_SERVER")
        .contains("warning: StatefulSet/alluxio-master-0: RECREATE_REQUIRED: replaced by StatefulSet/alluxio-master")
        .containsSubsequence("before applying:", "kubectl delete daemonset alluxio-worker",
            "kubectl delete statefulset alluxio-master-0", "apply:", "--chart-names | kubectl apply -f -",
            "after the roll-out:", "kubectl delete job alluxio-format-master");
    assertThat(run.out()).doesNotContain("kubectl delete persistentvolumeclaim alluxio-pv-claim")
        .doesNotContain("kubectl delete persistentvolume alluxio-journal-volume");
  }

  @Test
  void withTheModernNamesTheMastersWouldStartOnAnEmptyJournal() {
    Path kase = Reference.chart("alluxio-helm-0.5.2").resolve(CASE);

    Run run = Cli.run("diff", kase.resolve("rendered.yaml").toString(), kase.resolve("values.yaml").toString(),
        "--helm-values");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains("error: StatefulSet/alluxio-master: spec: DATA_AT_RISK: the masters keep the journal"
        + " on other claims than before");
  }
}
