package dev.alluxiok8s.upgrade.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.upgrade.UpgradeCheck;
import dev.alluxiok8s.upgrade.UpgradeInput;
import dev.alluxiok8s.upgrade.UpgradeReport;
import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.ChangeClass;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.plan.Step;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One example per field the API server refuses to change, read from manifests as kubectl takes them. */
class ImmutableFieldsTest {

  private static final String DAEMONSET = """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: worker, namespace: data}
      spec:
        selector: {matchLabels: {app: %s}}
        template:
          metadata: {labels: {app: %s, tier: cache}}
          spec: {containers: [{name: alluxio-worker, image: alluxio/alluxio:2.9.4}]}
      """;

  @Test
  void aDaemonSetSelectorIsRefusedAndItsPodsAreAdoptedWhenTheNewSelectorStillSelectsThem() {
    String before = """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: worker, namespace: data}
        spec:
          selector: {matchLabels: {app: alluxio}}
          template:
            metadata: {labels: {app: alluxio, tier: cache}}
            spec: {containers: [{name: alluxio-worker, image: alluxio/alluxio:2.9.4}]}
        """;
    String after = before.replace("matchLabels: {app: alluxio}", "matchLabels: {app: alluxio, tier: cache}");

    Change change = only(check(before, after), UpgradeRule.SELECTOR_IMMUTABLE);

    assertThat(change.path()).isEqualTo("spec.selector");
    assertThat(change.location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(5));
    assertThat(change.steps()).extracting(Step::text).containsExactly("delete DaemonSet/worker but keep its pods, which the"
        + " new one adopts: kubectl delete daemonset worker -n data --cascade=orphan");
  }

  @Test
  void aSelectorThatNoLongerSelectsTheOldPodsMeansDeletingThem() {
    UpgradeReport report = check(DAEMONSET.formatted("alluxio", "alluxio"), DAEMONSET.formatted("cache", "cache"));

    assertThat(only(report, UpgradeRule.SELECTOR_IMMUTABLE).steps()).extracting(Step::text).containsExactly(
        "delete DaemonSet/worker and its pods (the new selector does not select them, so they cannot be adopted):"
            + " kubectl delete daemonset worker -n data");
  }

  @Test
  void aJobTemplateIsRefused() {
    String job = """
        apiVersion: batch/v1
        kind: Job
        metadata: {name: alluxio-format-journal}
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers: [{name: format, image: alluxio/alluxio:%s}]
        """;

    Change change = only(check(job.formatted("2.9.4"), job.formatted("2.9.5")), UpgradeRule.JOB_TEMPLATE_IMMUTABLE);

    assertThat(change.changeClass()).isEqualTo(ChangeClass.REFUSED_BY_API_SERVER);
    assertThat(change.path()).isEqualTo("spec.template");
    assertThat(change.steps().get(0).text()).endsWith("kubectl delete job alluxio-format-journal");
  }

  @Test
  void aHeadlessServiceCannotBecomeANormalOne() {
    String service = "apiVersion: v1\nkind: Service\nmetadata: {name: alluxio-master}\nspec:\n  clusterIP: %s\n"
        + "  ports: [{name: rpc, port: 19998}]\n";

    Change change = only(check(service.formatted("None"), service.formatted("10.0.0.12")), UpgradeRule.CLUSTER_IP_IMMUTABLE);

    assertThat(change.before()).isEqualTo("\"None\"");
    assertThat(change.after()).isEqualTo("\"10.0.0.12\"");
  }

  private static final String CLAIM = """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata: {name: alluxio-pv-claim}
      spec:
        storageClassName: %s
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: %s}}
      """;

  @Test
  void aClaimsStorageClassIsRefused() {
    Change change = only(check(CLAIM.formatted("standard", "10Gi"), CLAIM.formatted("fast", "10Gi")), UpgradeRule.CLAIM_IMMUTABLE);

    assertThat(change.path()).isEqualTo("spec.storageClassName");
  }

  @Test
  void aClaimCannotShrink() {
    assertThat(only(check(CLAIM.formatted("standard", "10Gi"), CLAIM.formatted("standard", "5Gi")), UpgradeRule.CLAIM_SHRINK)
        .changeClass()).isEqualTo(ChangeClass.REFUSED_BY_API_SERVER);
  }

  @Test
  void aClaimGrowsInPlaceOnlyWhereItsClassAllowsExpansion() {
    String before = CLAIM.formatted("standard", "10Gi");
    String after = CLAIM.formatted("standard", "20Gi");
    String expandable = "---\napiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: standard}\n"
        + "provisioner: kubernetes.io/gce-pd\nallowVolumeExpansion: true\n";

    assertThat(only(check(before, after), UpgradeRule.CLAIM_EXPANSION).changeClass()).isEqualTo(ChangeClass.REFUSED_BY_API_SERVER);
    assertThat(only(check(before, after + expandable), UpgradeRule.CLAIM_EXPANSION).changeClass()).isEqualTo(ChangeClass.IN_PLACE);
    assertThat(UpgradeCheck.create().expandableStorageClasses(Set.of("standard")).check(input("old.yaml", before),
        input("new.yaml", after)).needsManualStep()).isFalse();
  }

  @Test
  void aStatefulSetsServiceNameAndPodManagementPolicyAreRefusedButItsReplicasAreNot() {
    String sts = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: alluxio-master}
        spec:
          serviceName: %s
          podManagementPolicy: %s
          replicas: %d
          selector: {matchLabels: {app: alluxio}}
          template:
            metadata: {labels: {app: alluxio}}
            spec: {containers: [{name: alluxio-master, image: alluxio/alluxio:2.9.4}]}
        """;

    UpgradeReport report = check(sts.formatted("alluxio-master", "Parallel", 1), sts.formatted("master", "OrderedReady", 2));

    assertThat(report.changes()).filteredOn(c -> c.rule() == UpgradeRule.STATEFULSET_IMMUTABLE)
        .extracting(Change::path).containsExactly("spec.podManagementPolicy", "spec.serviceName");
    assertThat(report.changes()).filteredOn(c -> c.path().equals("spec.replicas"))
        .extracting(Change::changeClass).containsExactly(ChangeClass.IN_PLACE);
  }

  private static UpgradeReport check(String before, String after) {
    return UpgradeCheck.between(input("old.yaml", before), input("new.yaml", after));
  }

  private static UpgradeInput input(String name, String yaml) {
    try {
      return UpgradeInput.manifests(name, Manifests.read(name, yaml));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Change only(UpgradeReport report, UpgradeRule rule) {
    List<Change> found = report.changes().stream().filter(c -> c.rule() == rule).toList();
    assertThat(found).as("changes of %s among %s", rule, report.changes()).hasSize(1);
    return found.get(0);
  }
}
