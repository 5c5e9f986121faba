package dev.alluxiok8s.upgrade.alluxio;

import static dev.alluxiok8s.upgrade.ManifestPairs.check;
import static dev.alluxiok8s.upgrade.ManifestPairs.of;
import static dev.alluxiok8s.upgrade.ManifestPairs.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.upgrade.UpgradeReport;
import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.plan.Phase;
import dev.alluxiok8s.upgrade.plan.Step;
import org.junit.jupiter.api.Test;

/**
 * The journal's type, folder and metastore, and the embedded journal's members, read from the Java
 * options of a ConfigMap as Alluxio's chart and this project both write them.
 */
class JournalChangesTest {

  /** A ConfigMap of Java options (shared, then the masters' own) and a master StatefulSet. */
  static String cluster(String javaOpts, String masterOpts, int replicas) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: alluxio-config, namespace: alluxio}
        data:
          ALLUXIO_JAVA_OPTS: "%s"
          ALLUXIO_MASTER_JAVA_OPTS: "%s"
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: alluxio-master, namespace: alluxio}
        spec:
          replicas: %d
          serviceName: alluxio-master
          selector: {matchLabels: {app: alluxio}}
          template:
            metadata: {labels: {app: alluxio}}
            spec:
              containers:
                - name: alluxio-master
                  image: alluxio/alluxio:2.9.4
                  volumeMounts: [{name: alluxio-journal, mountPath: /journal}]
          volumeClaimTemplates:
            - metadata: {name: alluxio-journal}
              spec: {storageClassName: standard, accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
        """.formatted(javaOpts, masterOpts, replicas);
  }

  @Test
  void anotherJournalTypeStartsWithABackupAndEndsWithAStartFromIt() {
    UpgradeReport report = check(
        cluster("-Dalluxio.master.journal.type=UFS -Dalluxio.master.journal.folder=/journal", "", 1),
        cluster("-Dalluxio.master.journal.type=EMBEDDED -Dalluxio.master.journal.folder=/journal", "", 1));

    Change type = only(report, UpgradeRule.JOURNAL_TYPE);
    assertThat(type.object().name()).isEqualTo("alluxio-config");
    assertThat(type.path()).isEqualTo("data.ALLUXIO_JAVA_OPTS");
    assertThat(type.before()).isEqualTo("\"alluxio.master.journal.type=UFS\"");
    assertThat(type.after()).isEqualTo("\"alluxio.master.journal.type=EMBEDDED\"");
    assertThat(type.reason())
        .isEqualTo("the journal type changes; the masters cannot read the old journal (alluxio.master.journal.type)");
    assertThat(report.plan().lines()).containsExactly(
        "before anything changes:",
        "  1. back up the journal while the old masters run (it lands in alluxio.master.backup.directory of the root under"
            + " store, /alluxio_backups by default): kubectl exec alluxio-master-0 -n alluxio -c alluxio-master --"
            + " alluxio fsadmin backup",
        "before applying:",
        "  2. stop the old masters, so none writes the old journal again: kubectl scale statefulset alluxio-master"
            + " -n alluxio --replicas=0",
        "  3. have the new masters start from the backup: add -Dalluxio.master.journal.init.from.backup=<the backup's URI>"
            + " to ALLUXIO_MASTER_JAVA_OPTS in the new ConfigMap, and remove it once they run",
        "apply:",
        "  4. apply the new manifests: kubectl apply -f <the new manifests>");
    // Only one side is EMBEDDED: there is no membership to change.
    assertThat(of(report, UpgradeRule.QUORUM)).isEmpty();
  }

  @Test
  void theJournalTypeIsCaselessButTheFolderIsNot() {
    UpgradeReport report = check(
        cluster("-Dalluxio.master.journal.type=embedded -Dalluxio.master.journal.folder=/journal", "", 1),
        cluster("-Dalluxio.master.journal.type=EMBEDDED -Dalluxio.master.journal.folder=/Journal", "", 1));

    assertThat(of(report, UpgradeRule.JOURNAL_TYPE)).isEmpty();
    assertThat(only(report, UpgradeRule.JOURNAL_FOLDER).after()).isEqualTo("\"alluxio.master.journal.folder=/Journal\"");
  }

  @Test
  void theMastersOwnOptionsOverrideTheSharedOnesAndNameTheirDataKey() {
    UpgradeReport report = check(
        cluster("-Dalluxio.master.journal.folder=/journal", "", 1),
        cluster("-Dalluxio.master.journal.folder=/journal", "-Dalluxio.master.journal.folder=/journal2", 1));

    Change folder = only(report, UpgradeRule.JOURNAL_FOLDER);
    assertThat(folder.path()).isEqualTo("data.ALLUXIO_MASTER_JAVA_OPTS");
    assertThat(folder.before()).isEqualTo("\"alluxio.master.journal.folder=/journal\"");
    assertThat(folder.after()).isEqualTo("\"alluxio.master.journal.folder=/journal2\"");
  }

  @Test
  void aSettingLeftToAlluxiosDefaultIsNamedAtTheKeyThatSetItBefore() {
    UpgradeReport report = check(
        cluster("", "-Dalluxio.master.metastore=ROCKS", 1),
        cluster("", "", 1));

    Change metastore = only(report, UpgradeRule.METASTORE);
    assertThat(metastore.path()).isEqualTo("data.ALLUXIO_MASTER_JAVA_OPTS");
    assertThat(metastore.before()).isEqualTo("\"alluxio.master.metastore=ROCKS\"");
    assertThat(metastore.after()).isEqualTo("alluxio.master.metastore not set (Alluxio's default)");
    assertThat(metastore.reason()).endsWith("(alluxio.master.metastore)");
  }

  @Test
  void twoSidesThatBothLeaveASettingToTheDefaultAgree() {
    UpgradeReport report = check(cluster("-Dalluxio.user.block.size.bytes.default=64MB", "", 1), cluster("", "", 1));

    assertThat(report.changes()).extracting(Change::rule).doesNotContain(
        UpgradeRule.JOURNAL_TYPE, UpgradeRule.JOURNAL_FOLDER, UpgradeRule.METASTORE, UpgradeRule.QUORUM);
  }

  @Test
  void fiveToThreeEmbeddedMastersRemoveTheHighestFirstOneAtATime() {
    String five = "-Dalluxio.master.journal.type=EMBEDDED -Dalluxio.master.embedded.journal.addresses="
        + "m0:19200,m1:19200,m2:19200,m3:19200,m4:19200";
    // A trailing comma leaves an empty item, which is no member.
    String three = "-Dalluxio.master.journal.type=EMBEDDED -Dalluxio.master.embedded.journal.addresses=m0:19200,m1:19200,m2:19200,";

    Change quorum = only(check(cluster(five, "", 5), cluster(three, "", 3)), UpgradeRule.QUORUM);

    assertThat(quorum.before()).isEqualTo("5 masters");
    assertThat(quorum.after()).isEqualTo("3 masters");
    assertThat(quorum.reason()).isEqualTo("the embedded journal's masters change from 5 to 3 (a Raft membership change:"
        + " one master at a time, keeping a majority)");
    String exec = "kubectl exec alluxio-master-0 -n alluxio -c alluxio-master -- ";
    assertThat(quorum.steps()).extracting(Step::phase, Step::rank, Step::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Phase.BACK_UP, 0, "back up the journal while the old masters run (it lands in"
            + " alluxio.master.backup.directory of the root under store, /alluxio_backups by default): " + exec
            + "alluxio fsadmin backup"),
        org.assertj.core.groups.Tuple.tuple(Phase.BACK_UP, 0, "check that all 5 masters are in the quorum: " + exec
            + "alluxio fsadmin journal quorum info -domain MASTER"),
        org.assertj.core.groups.Tuple.tuple(Phase.BEFORE_APPLY, 1, "remove one master, the highest first: " + exec
            + "alluxio fsadmin journal quorum remove -domain MASTER -address m4:19200, then kubectl scale statefulset"
            + " alluxio-master -n alluxio --replicas=4"),
        org.assertj.core.groups.Tuple.tuple(Phase.BEFORE_APPLY, 2, "remove one master, the highest first: " + exec
            + "alluxio fsadmin journal quorum remove -domain MASTER -address m3:19200, then kubectl scale statefulset"
            + " alluxio-master -n alluxio --replicas=3"),
        org.assertj.core.groups.Tuple.tuple(Phase.AFTER_APPLY, 0, "check the quorum has 3 members and one leader: " + exec
            + "alluxio fsadmin journal quorum info -domain MASTER"));
  }

  @Test
  void theSameNumberOfMembersAtOtherAddressesIsNoMembershipChange() {
    String before = "-Dalluxio.master.journal.type=EMBEDDED -Dalluxio.master.embedded.journal.addresses=a:19200,b:19200,c:19200";

    UpgradeReport report = check(cluster(before, "", 3), cluster(before.replace("a:", "d:"), "", 3));

    assertThat(of(report, UpgradeRule.QUORUM)).isEmpty();
  }
}
