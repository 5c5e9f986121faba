package dev.alluxiok8s.upgrade;

import static dev.alluxiok8s.upgrade.SamplePairs.edited;
import static dev.alluxiok8s.upgrade.SamplePairs.rendered;
import static dev.alluxiok8s.upgrade.SamplePairs.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.schema.file.SpecReader;
import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.ChangeClass;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.plan.Phase;
import dev.alluxiok8s.upgrade.plan.Step;
import dev.alluxiok8s.upgrade.spec.RenderedSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample pairs, each checked through the library as the CLI's diff does. */
class UpgradeCheckTest {

  @Test
  void identicalSpecsChangeNothing() {
    String spec = sample("multi-master-embedded-journal");
    UpgradeReport report = UpgradeCheck.between(rendered("old.yaml", spec), rendered("alluxio.yaml", spec));

    assertThat(report.changes()).isEmpty();
    assertThat(report.diff()).isEmpty();
    assertThat(report.needsManualStep()).isFalse();
    assertThat(report.plan().steps()).extracting(Step::phase).containsExactly(Phase.APPLY);
  }

  @Test
  void anImageTagChangeRollsMastersThenWorkersAndNeedsNoManualStep() {
    UpgradeReport report = edited("fuse", "tag: \"2.9.4\"", "tag: \"2.9.5\"");

    assertThat(report.needsManualStep()).isFalse();
    List<Change> rollouts = report.changes().stream().filter(c -> c.rule() == UpgradeRule.ROLLOUT).toList();
    assertThat(rollouts).extracting(c -> c.object().kind() + "/" + c.object().name())
        .containsExactlyInAnyOrder("StatefulSet/alluxio-master", "DaemonSet/alluxio-worker", "DaemonSet/alluxio-fuse",
            "DaemonSet/alluxio-fuse-client");
    assertThat(rollouts).allSatisfy(c -> assertThat(c.reason()).contains("the image changed"));
    List<String> rollOut = report.plan().steps().stream().filter(s -> s.phase() == Phase.ROLL_OUT).map(Step::text).toList();
    assertThat(rollOut).hasSize(4);
    assertThat(rollOut.get(0)).startsWith("masters (StatefulSet/alluxio-master)").contains("Alluxio is unavailable");
    assertThat(rollOut.get(1)).startsWith("workers (DaemonSet/alluxio-worker)").contains("loses its MEM tier");
    assertThat(rollOut.get(2)).startsWith("FUSE pods (DaemonSet/alluxio-fuse)").contains("kubectl rollout status daemonset/alluxio-fuse -n alluxio");
    assertThat(rollOut.get(3)).startsWith("other pods (DaemonSet/alluxio-fuse-client)");
    assertThat(report.diff()).contains("-          image: alluxio/alluxio:2.9.4").contains("+          image: alluxio/alluxio:2.9.5");
  }

  @Test
  void aJournalClaimSizeChangeIsRefusedWithTheStepsThatGrowTheClaimsByHand() {
    UpgradeReport report = edited("multi-master-embedded-journal", "size: 20Gi", "size: 30Gi");

    assertThat(report.needsManualStep()).isTrue();
    Change refused = only(report, UpgradeRule.STATEFULSET_IMMUTABLE);
    assertThat(refused.changeClass()).isEqualTo(ChangeClass.REFUSED_BY_API_SERVER);
    assertThat(refused.object().name()).isEqualTo("alluxio-master");
    assertThat(refused.path()).isEqualTo("spec.volumeClaimTemplates[0].spec.resources.requests.storage");
    assertThat(refused.before()).isEqualTo("\"20Gi\"");
    assertThat(refused.after()).isEqualTo("\"30Gi\"");
    assertThat(refused.attribute()).isEqualTo("spec.journal.volume.size");
    assertThat(DiagnosticFormat.line(refused.finding(), "")).startsWith(
        "alluxio.yaml:36:7: error: spec.journal.volume.size: REFUSED_BY_API_SERVER: a StatefulSet's volumeClaimTemplates cannot change");
    assertThat(refused.steps()).extracting(Step::text).containsExactly(
        "delete StatefulSet/alluxio-master but keep its pods, which the new one adopts:"
            + " kubectl delete statefulset alluxio-master -n alluxio --cascade=orphan",
        "grow the claim alluxio-journal-alluxio-master-0 by hand, where its class allows expansion:"
            + " kubectl patch pvc alluxio-journal-alluxio-master-0 -n alluxio -p '{\"spec\":{\"resources\":{\"requests\":{\"storage\":\"30Gi\"}}}}'",
        "grow the claim alluxio-journal-alluxio-master-1 by hand, where its class allows expansion:"
            + " kubectl patch pvc alluxio-journal-alluxio-master-1 -n alluxio -p '{\"spec\":{\"resources\":{\"requests\":{\"storage\":\"30Gi\"}}}}'",
        "grow the claim alluxio-journal-alluxio-master-2 by hand, where its class allows expansion:"
            + " kubectl patch pvc alluxio-journal-alluxio-master-2 -n alluxio -p '{\"spec\":{\"resources\":{\"requests\":{\"storage\":\"30Gi\"}}}}'");
  }

  @Test
  void aJournalStorageClassChangeIsRefusedAndPutsTheJournalAtRisk() {
    UpgradeReport report = edited("multi-master-embedded-journal", "storageClass: standard", "storageClass: fast-ssd");

    Change refused = only(report, UpgradeRule.STATEFULSET_IMMUTABLE);
    assertThat(refused.path()).isEqualTo("spec.volumeClaimTemplates[0].spec.storageClassName");
    assertThat(refused.attribute()).isEqualTo("spec.journal.volume.storageClass");
    Change atRisk = only(report, UpgradeRule.JOURNAL_STORAGE);
    assertThat(atRisk.changeClass()).isEqualTo(ChangeClass.DATA_AT_RISK);
    assertThat(atRisk.before()).isEqualTo("\"standard\"");
    assertThat(atRisk.after()).isEqualTo("\"fast-ssd\"");
    assertThat(report.plan().steps().get(0).text()).contains(
        "kubectl exec alluxio-master-0 -n alluxio -c alluxio-master -- alluxio fsadmin backup");
  }

  @Test
  void threeToFiveEmbeddedMastersAddOneMasterAtATime() {
    UpgradeReport report = edited("multi-master-embedded-journal", "count: 3", "count: 5");

    Change quorum = only(report, UpgradeRule.QUORUM);
    assertThat(quorum.changeClass()).isEqualTo(ChangeClass.DATA_AT_RISK);
    assertThat(quorum.object().kind() + "/" + quorum.object().name()).isEqualTo("ConfigMap/alluxio-config");
    assertThat(quorum.path()).isEqualTo("data.ALLUXIO_JAVA_OPTS");
    assertThat(quorum.before()).isEqualTo("3 masters");
    assertThat(quorum.after()).isEqualTo("5 masters");
    assertThat(DiagnosticFormat.line(quorum.finding(), "")).startsWith("alluxio.yaml:20:5: error: spec.masters.count: DATA_AT_RISK:");
    assertThat(report.plan().lines()).containsSubsequence(
        "before anything changes:",
        "  1. back up the journal while the old masters run (it lands in alluxio.master.backup.directory of the root"
            + " under store, /alluxio_backups by default): kubectl exec alluxio-master-0 -n alluxio -c alluxio-master --"
            + " alluxio fsadmin backup",
        "  2. check that all 3 masters are in the quorum: kubectl exec alluxio-master-0 -n alluxio -c alluxio-master --"
            + " alluxio fsadmin journal quorum info -domain MASTER",
        "before applying:",
        "  3. apply the new ConfigMap alluxio-config alone first, so new masters start with the whole address list",
        "  4. add one master: kubectl scale statefulset alluxio-master -n alluxio --replicas=4, then wait until alluxio"
            + " fsadmin journal quorum info -domain MASTER lists 4 members",
        "  5. add one master: kubectl scale statefulset alluxio-master -n alluxio --replicas=5, then wait until alluxio"
            + " fsadmin journal quorum info -domain MASTER lists 5 members",
        "apply:");
  }

  @Test
  void twoModelsCompareWithoutAFile() throws Exception {
    String spec = sample("multi-master-embedded-journal");
    AlluxioCluster three = SpecReader.create().readText("three", spec);
    AlluxioCluster five = SpecReader.create().readText("five", SamplePairs.edit(spec, "count: 3", "count: 5"));

    Change quorum = only(UpgradeCheck.between(RenderedSpec.of("deployed", three), RenderedSpec.of("next", five)),
        UpgradeRule.QUORUM);

    assertThat(quorum.attribute()).isEqualTo("spec.masters.count");
    assertThat(quorum.location()).isEmpty();
  }

  @Test
  void aJournalFolderChangeNeedsABackupAndAStartFromIt() {
    UpgradeReport report = edited("single-master-local-journal", "folder: /journal", "folder: /journal2");

    Change folder = only(report, UpgradeRule.JOURNAL_FOLDER);
    assertThat(folder.changeClass()).isEqualTo(ChangeClass.DATA_AT_RISK);
    assertThat(folder.object().name()).isEqualTo("alluxio-config");
    assertThat(folder.before()).isEqualTo("\"alluxio.master.journal.folder=/journal\"");
    assertThat(folder.after()).isEqualTo("\"alluxio.master.journal.folder=/journal2\"");
    assertThat(folder.attribute()).isEqualTo("spec.journal.folder");
    assertThat(folder.steps()).extracting(Step::phase).containsExactly(Phase.BACK_UP, Phase.BEFORE_APPLY, Phase.BEFORE_APPLY);
    assertThat(report.needsManualStep()).isTrue();
  }

  @Test
  void aNamespaceChangeStartsASecondClusterOnEmptyClaims() {
    UpgradeReport report = edited("multi-master-embedded-journal", "namespace: alluxio", "namespace: analytics");

    Change moved = only(report, UpgradeRule.RELOCATED);
    assertThat(moved.changeClass()).isEqualTo(ChangeClass.DATA_AT_RISK);
    assertThat(moved.attribute()).isEqualTo("metadata.namespace");
    assertThat(report.changes()).filteredOn(c -> c.rule() == UpgradeRule.OBJECT_REMOVED).isNotEmpty();
  }

  @Test
  void anOlderImageForTheMastersIsADowngrade() {
    UpgradeReport report = edited("fuse", "tag: \"2.9.4\"", "tag: \"2.8.1\"");

    Change downgrade = only(report, UpgradeRule.IMAGE_DOWNGRADE);
    assertThat(downgrade.before()).isEqualTo("\"alluxio/alluxio:2.9.4\"");
    assertThat(downgrade.after()).isEqualTo("\"alluxio/alluxio:2.8.1\"");
    assertThat(downgrade.attribute()).isEqualTo("spec.images.alluxio.tag");
  }

  @Test
  void aMetastoreTypeChangeIsADataRisk() {
    UpgradeReport report = edited("rocks-metastore", "type: ROCKS", "type: HEAP");

    Change metastore = only(report, UpgradeRule.METASTORE);
    assertThat(metastore.before()).isEqualTo("\"alluxio.master.metastore=ROCKS\"");
    assertThat(metastore.after()).isEqualTo("alluxio.master.metastore not set (Alluxio's default)");
    assertThat(metastore.attribute()).isEqualTo("spec.metastore.type");
  }

  private static Change only(UpgradeReport report, UpgradeRule rule) {
    List<Change> found = report.changes().stream().filter(c -> c.rule() == rule).toList();
    assertThat(found).as("changes of %s among %s", rule, report.changes()).hasSize(1);
    return found.get(0);
  }
}
