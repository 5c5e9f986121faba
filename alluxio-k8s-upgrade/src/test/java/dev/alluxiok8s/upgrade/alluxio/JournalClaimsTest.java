package dev.alluxiok8s.upgrade.alluxio;

import static dev.alluxiok8s.upgrade.ManifestPairs.check;
import static dev.alluxiok8s.upgrade.ManifestPairs.of;
import static dev.alluxiok8s.upgrade.ManifestPairs.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.upgrade.UpgradeReport;
import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.ChangeClass;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.plan.Phase;
import dev.alluxiok8s.upgrade.plan.Step;
import org.junit.jupiter.api.Test;

/** Which claims hold the journal on each side, and what a move to other claims costs. */
class JournalClaimsTest {

  /** One master Deployment keeping the journal in {@code folder} on the claim {@code claim}. */
  private static String deployment(String folder, String claim) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: alluxio-config, namespace: alluxio}
        data:
          ALLUXIO_JAVA_OPTS: "-Dalluxio.master.journal.type=UFS -Dalluxio.master.journal.folder=%s"
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: alluxio-master, namespace: alluxio}
        spec:
          selector: {matchLabels: {app: alluxio}}
          template:
            metadata: {labels: {app: alluxio}}
            spec:
              containers:
                - name: alluxio-master
                  image: alluxio/alluxio:2.9.4
                  volumeMounts: [{name: journal, mountPath: /journal}, {name: cache, mountPath: /cache}]
              volumes:
                - {name: cache, persistentVolumeClaim: {claimName: alluxio-cache}}
                - {name: journal, persistentVolumeClaim: {claimName: %s}}
        """.formatted(folder, claim);
  }

  @Test
  void anotherClaimForTheJournalStartsTheMastersEmpty() {
    UpgradeReport report = check(deployment("/journal", "alluxio-journal"), deployment("/journal", "alluxio-journal-2"));

    Change moved = only(report, UpgradeRule.JOURNAL_STORAGE);
    assertThat(moved.changeClass()).isEqualTo(ChangeClass.DATA_AT_RISK);
    assertThat(moved.object().name()).isEqualTo("alluxio-master");
    assertThat(moved.before()).isEqualTo("alluxio/alluxio-journal");
    assertThat(moved.after()).isEqualTo("alluxio/alluxio-journal-2");
    assertThat(moved.reason()).isEqualTo("the masters keep the journal on other claims than before; they would start"
        + " from an empty journal");
    assertThat(moved.steps()).extracting(Step::phase)
        .containsExactly(Phase.BACK_UP, Phase.BEFORE_APPLY, Phase.BEFORE_APPLY, Phase.AFTER_APPLY);
    assertThat(moved.steps().get(1).text()).endsWith("kubectl scale deployment alluxio-master -n alluxio --replicas=0");
    assertThat(moved.steps().get(3).text()).isEqualTo("once the new masters serve the file system, stop the old ones and"
        + " delete their claims (alluxio/alluxio-journal) only then");
  }

  @Test
  void theSameClaimUnderAnotherVolumeNameKeepsTheJournal() {
    String renamed = deployment("/journal", "alluxio-journal").replace("name: journal", "name: journal-volume");

    assertThat(of(check(deployment("/journal", "alluxio-journal"), renamed), UpgradeRule.JOURNAL_STORAGE)).isEmpty();
  }

  @Test
  void aJournalInARemoteFolderIsOnNoClaim() {
    UpgradeReport report = check(deployment("hdfs://nn:8020/journal", "alluxio-journal"),
        deployment("hdfs://nn:8020/journal", "alluxio-journal-2"));

    assertThat(of(report, UpgradeRule.JOURNAL_STORAGE)).isEmpty();
    assertThat(JournalStorage.claims(Masters.of(dev.alluxiok8s.upgrade.ManifestPairs.input("a.yaml",
        deployment("/journal", "alluxio-journal")).objects()), AlluxioSettings.of(dev.alluxiok8s.upgrade.ManifestPairs
        .input("a.yaml", deployment("/journal", "alluxio-journal")).objects()).orElseThrow()))
        .containsExactly("alluxio/alluxio-journal");
  }

  @Test
  void aJournalClaimMountedNowhereMeansNoClaimOnTheNewSide() {
    UpgradeReport report = check(deployment("/journal", "alluxio-journal"), deployment("/journal", "alluxio-journal")
        .replace("mountPath: /journal", "mountPath: /elsewhere"));

    assertThat(only(report, UpgradeRule.JOURNAL_STORAGE).after()).isEqualTo("no claim");
  }

  @Test
  void aStatefulSetsJournalClaimsAreOnePerReplica() {
    String three = JournalChangesTest.cluster("-Dalluxio.master.journal.folder=/journal", "", 3);

    assertThat(JournalStorage.claims(Masters.of(objects(three)), AlluxioSettings.of(objects(three)).orElseThrow()))
        .containsExactly("alluxio/alluxio-journal-alluxio-master-0", "alluxio/alluxio-journal-alluxio-master-1",
            "alluxio/alluxio-journal-alluxio-master-2");
  }

  @Test
  void aNewAccessModeForTheJournalsClaimTemplateIsADataRisk() {
    String before = JournalChangesTest.cluster("-Dalluxio.master.journal.folder=/journal", "", 1);

    Change change = only(check(before, before.replace("[ReadWriteOnce]", "[ReadWriteMany]")), UpgradeRule.JOURNAL_STORAGE);

    assertThat(change.path()).isEqualTo("spec.volumeClaimTemplates[0].spec.accessModes");
    assertThat(change.before()).isEqualTo("[\"ReadWriteOnce\"]");
    assertThat(change.after()).isEqualTo("[\"ReadWriteMany\"]");
    assertThat(change.reason()).isEqualTo("the journal's claims keep their accessModes; moving the journal to new claims"
        + " starts it empty");
  }

  @Test
  void aNewStorageClassForTheJournalsOwnClaimIsADataRiskAsWellAsRefused() {
    String claim = """
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: alluxio-journal, namespace: alluxio}
        spec: {storageClassName: %s, accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
        """;
    String before = deployment("/journal", "alluxio-journal") + claim.formatted("standard");
    String after = deployment("/journal", "alluxio-journal") + claim.formatted("fast");

    UpgradeReport report = check(before, after);

    Change risk = only(report, UpgradeRule.JOURNAL_STORAGE);
    assertThat(risk.object().kind()).isEqualTo("PersistentVolumeClaim");
    assertThat(risk.path()).isEqualTo("spec.storageClassName");
    assertThat(only(report, UpgradeRule.CLAIM_IMMUTABLE).path()).isEqualTo("spec.storageClassName");
    // Another claim's class is no journal's business.
    String cache = claim.formatted("standard").replace("alluxio-journal", "alluxio-cache");
    assertThat(of(check(before + cache, after + cache.replace("standard", "fast")), UpgradeRule.JOURNAL_STORAGE)).hasSize(1);
  }

  private static java.util.List<dev.alluxiok8s.upgrade.objects.DeployedObject> objects(String yaml) {
    return dev.alluxiok8s.upgrade.ManifestPairs.input("a.yaml", yaml).objects();
  }
}
