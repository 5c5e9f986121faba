package dev.alluxiok8s.upgrade.kubernetes;

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

/** Objects only one side has: what the apply creates, what it leaves behind, and what must go first. */
class ObjectLifecycleTest {

  private static final String WORKLOAD = """
      ---
      apiVersion: apps/v1
      kind: %s
      metadata: {name: %s, namespace: alluxio}
      spec:
        selector: {matchLabels: {app: alluxio}}
        template:
          metadata: {labels: {app: alluxio}}
          spec: {containers: [{name: %s, image: alluxio/alluxio:2.9.4}]}
      """;

  private static final String CONFIG = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: alluxio-config, namespace: alluxio}\n"
      + "data: {A: b}\n";

  @Test
  void aRenamedMasterStatefulSetMustGoBeforeTheNewOneStarts() {
    UpgradeReport report = check(CONFIG + WORKLOAD.formatted("StatefulSet", "alluxio-master", "alluxio-master"),
        CONFIG + WORKLOAD.formatted("StatefulSet", "alluxio-master-v2", "alluxio-master"));

    Change replaced = only(report, UpgradeRule.WORKLOAD_REPLACED);
    assertThat(replaced.changeClass()).isEqualTo(ChangeClass.RECREATE_REQUIRED);
    assertThat(replaced.object().name()).isEqualTo("alluxio-master");
    assertThat(replaced.reason()).isEqualTo("replaced by StatefulSet/alluxio-master-v2; both would run the masters at once");
    assertThat(replaced.steps()).extracting(Step::phase, Step::text).containsExactly(org.assertj.core.groups.Tuple.tuple(
        Phase.BEFORE_APPLY, "delete the old masters before the new ones start (claims are never deleted with it unless its"
            + " persistentVolumeClaimRetentionPolicy says so): kubectl delete statefulset alluxio-master -n alluxio"));
    assertThat(only(report, UpgradeRule.OBJECT_ADDED).object().name()).isEqualTo("alluxio-master-v2");
    assertThat(of(report, UpgradeRule.OBJECT_REMOVED)).isEmpty();
  }

  @Test
  void aWorkerDaemonSetReplacedByADeploymentHasNoClaimsToMention() {
    Change replaced = only(check(WORKLOAD.formatted("DaemonSet", "alluxio-worker", "alluxio-worker"),
        WORKLOAD.formatted("Deployment", "alluxio-worker", "alluxio-worker")), UpgradeRule.WORKLOAD_REPLACED);

    assertThat(replaced.steps().get(0).text()).isEqualTo("delete the old workers before the new ones start: kubectl delete"
        + " daemonset alluxio-worker -n alluxio");
  }

  @Test
  void aRemovedWorkloadOfAnotherRoleIsLeftBehindToDelete() {
    UpgradeReport report = check(WORKLOAD.formatted("DaemonSet", "alluxio-fuse", "alluxio-fuse"),
        WORKLOAD.formatted("DaemonSet", "alluxio-worker", "alluxio-worker"));

    Change removed = only(report, UpgradeRule.OBJECT_REMOVED);
    assertThat(removed.changeClass()).isEqualTo(ChangeClass.RECREATE_REQUIRED);
    assertThat(removed.reason()).isEqualTo("no longer in the manifests; the apply leaves it in place");
    assertThat(removed.steps()).extracting(Step::phase, Step::text).containsExactly(org.assertj.core.groups.Tuple.tuple(
        Phase.AFTER_APPLY, "delete what the apply left behind: kubectl delete daemonset alluxio-fuse -n alluxio"));
    assertThat(of(report, UpgradeRule.WORKLOAD_REPLACED)).isEmpty();
  }

  @Test
  void twoUnknownWorkloadsAreNotOneAnothersSuccessor() {
    UpgradeReport report = check(WORKLOAD.formatted("Deployment", "web", "nginx"), WORKLOAD.formatted("Deployment", "web2", "nginx"));

    assertThat(of(report, UpgradeRule.WORKLOAD_REPLACED)).isEmpty();
    assertThat(only(report, UpgradeRule.OBJECT_REMOVED).object().name()).isEqualTo("web");
  }

  @Test
  void storageLeftBehindIsKeptNotDeleted() {
    String claim = "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: journal, namespace: alluxio}\n"
        + "spec: {resources: {requests: {storage: 1Gi}}}\n";
    String volume = "---\napiVersion: v1\nkind: PersistentVolume\nmetadata: {name: journal-pv}\nspec: {capacity: {storage: 1Gi}}\n";

    UpgradeReport report = check(claim + volume, CONFIG);

    assertThat(of(report, UpgradeRule.OBJECT_REMOVED)).extracting(Change::changeClass)
        .containsExactly(ChangeClass.IN_PLACE, ChangeClass.IN_PLACE);
    assertThat(of(report, UpgradeRule.OBJECT_REMOVED)).flatExtracting(Change::steps).extracting(Step::text).containsExactly(
        "keep PersistentVolumeClaim/journal while anything may need its data (its volume holds the data):"
            + " kubectl get persistentvolumeclaim journal -n alluxio",
        "keep PersistentVolume/journal-pv while anything may need its data (a claim may still be bound to it):"
            + " kubectl get persistentvolume journal-pv");
    assertThat(report.needsManualStep()).isFalse();
  }
}
