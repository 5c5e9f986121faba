package dev.alluxiok8s.upgrade.kubernetes;

import static dev.alluxiok8s.upgrade.ManifestPairs.check;
import static dev.alluxiok8s.upgrade.ManifestPairs.input;
import static dev.alluxiok8s.upgrade.ManifestPairs.of;
import static dev.alluxiok8s.upgrade.ManifestPairs.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.upgrade.UpgradeReport;
import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.ChangeClass;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.plan.Step;
import org.junit.jupiter.api.Test;

/**
 * The words and steps of the refusals ImmutableFieldsTest shows one by one: what a claim may
 * change and what it is told, a Service of type ExternalName, and what is refused as a whole.
 */
class ClaimAndServiceRulesTest {

  private static final String CLAIM = """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata: {name: alluxio-pv-claim, namespace: alluxio, labels: {tier: %s}}
      spec:
        %s
        accessModes: [%s]
        volumeAttributesClassName: %s
        resources: {requests: {storage: %s}, limits: {storage: %s}}
      """;

  private static String claim(String storageClass, String accessMode, String size) {
    return claim(storageClass, accessMode, size, "a", "gold", "100Gi");
  }

  private static String claim(String storageClass, String accessMode, String size, String tier, String attributes,
      String limit) {
    return CLAIM.formatted(tier, storageClass.isEmpty() ? "" : "storageClassName: " + storageClass, accessMode, attributes,
        size, limit);
  }

  @Test
  void aShrinkingClaimIsToldToKeepItsSize() {
    Change shrink = only(check(claim("standard", "ReadWriteOnce", "10Gi"), claim("standard", "ReadWriteOnce", "5Gi")),
        UpgradeRule.CLAIM_SHRINK);

    assertThat(shrink.reason()).isEqualTo("a claim cannot shrink");
    assertThat(shrink.steps()).extracting(Step::text).containsExactly("keep the claim's size (\"10Gi\") in the new"
        + " manifests, or copy its data to a new, smaller claim by hand");
  }

  @Test
  void theSameSizeWrittenAnotherWayIsNoChangeAndAGrowthIsNoShrink() {
    assertThat(of(check(claim("standard", "ReadWriteOnce", "1Gi"), claim("standard", "ReadWriteOnce", "1024Mi")),
        UpgradeRule.CLAIM_SHRINK)).isEmpty();
    assertThat(of(check(claim("standard", "ReadWriteOnce", "1Gi"), claim("standard", "ReadWriteOnce", "2Gi")),
        UpgradeRule.CLAIM_SHRINK)).isEmpty();
  }

  @Test
  void aGrowingClaimOfAClassTheManifestsDoNotShowIsToBeChecked() {
    Change grow = only(check(claim("standard", "ReadWriteOnce", "10Gi"), claim("standard", "ReadWriteOnce", "20Gi")),
        UpgradeRule.CLAIM_EXPANSION);

    assertThat(grow.reason()).isEqualTo("a claim grows only when its StorageClass (standard) sets allowVolumeExpansion:"
        + " true, which these manifests do not show");
    assertThat(grow.steps()).extracting(Step::text).containsExactly("check the class allows expansion (kubectl get"
        + " storageclass standard -o yaml); if it does not, keep the old size or copy the data to a new claim: kubectl get"
        + " pvc alluxio-pv-claim -n alluxio -o yaml");
  }

  @Test
  void aGrowingClaimOfTheDefaultClassSaysSoWithoutAName() {
    Change grow = only(check(claim("", "ReadWriteOnce", "10Gi"), claim("", "ReadWriteOnce", "20Gi")), UpgradeRule.CLAIM_EXPANSION);

    assertThat(grow.reason()).isEqualTo("a claim grows only when its StorageClass sets allowVolumeExpansion: true, which"
        + " these manifests do not show");
    assertThat(grow.steps().get(0).text()).startsWith("check the class allows expansion (kubectl get storageclass -o yaml);");
  }

  @Test
  void aGrowingClaimOfAnExpandableClassGrowsInPlace() {
    String expandable = "---\napiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: standard}\n"
        + "provisioner: x\nallowVolumeExpansion: %s\n";

    Change grow = only(check(claim("standard", "ReadWriteOnce", "10Gi"), claim("standard", "ReadWriteOnce", "20Gi")
        + expandable.formatted("true")), UpgradeRule.CLAIM_EXPANSION);
    Change notSaid = only(check(claim("standard", "ReadWriteOnce", "10Gi"), claim("standard", "ReadWriteOnce", "20Gi")
        + expandable.formatted("false")), UpgradeRule.CLAIM_EXPANSION);

    assertThat(grow.changeClass()).isEqualTo(ChangeClass.IN_PLACE);
    assertThat(grow.reason()).isEqualTo("the claim grows; StorageClass/standard allows expansion");
    assertThat(grow.steps()).isEmpty();
    assertThat(notSaid.changeClass()).isEqualTo(ChangeClass.REFUSED_BY_API_SERVER);
  }

  @Test
  void aClaimsAccessModesAreRefusedWithTheWayToANewClaim() {
    Change modes = only(check(claim("standard", "ReadWriteOnce", "1Gi"), claim("standard", "ReadWriteMany", "1Gi")),
        UpgradeRule.CLAIM_IMMUTABLE);

    assertThat(modes.reason()).isEqualTo("a bound claim's accessModes[0] cannot change");
    assertThat(modes.steps()).extracting(Step::text).containsExactly("create a claim of another name with the new spec,"
        + " copy the data over while nothing writes to it, point the workload at it, then delete the old one: kubectl"
        + " delete pvc alluxio-pv-claim -n alluxio");
  }

  @Test
  void aClaimsLabelsAndAttributesClassChangeInPlaceButItsLimitsDoNot() {
    UpgradeReport report = check(claim("standard", "ReadWriteOnce", "1Gi", "a", "gold", "100Gi"),
        claim("standard", "ReadWriteOnce", "1Gi", "b", "silver", "100Gi"));
    UpgradeReport limits = check(claim("standard", "ReadWriteOnce", "1Gi", "a", "gold", "100Gi"),
        claim("standard", "ReadWriteOnce", "1Gi", "a", "gold", "200Gi"));

    assertThat(report.changes()).extracting(Change::path).containsExactly("metadata.labels.tier", "spec.volumeAttributesClassName");
    assertThat(report.changes()).extracting(Change::rule).containsOnly(UpgradeRule.OBJECT_UPDATED);
    assertThat(only(limits, UpgradeRule.CLAIM_IMMUTABLE).reason()).isEqualTo("a bound claim's resources.limits.storage cannot change");
  }

  @Test
  void anExternalNameServiceMayGainAClusterIp() {
    String service = "apiVersion: v1\nkind: Service\nmetadata: {name: hdfs}\nspec:\n  type: %s\n  clusterIP: %s\n";

    assertThat(of(check(service.formatted("ExternalName", "None"), service.formatted("ClusterIP", "10.0.0.9")),
        UpgradeRule.CLUSTER_IP_IMMUTABLE)).isEmpty();
    assertThat(of(check(service.formatted("ClusterIP", "10.0.0.8"), service.formatted("ExternalName", "10.0.0.9")),
        UpgradeRule.CLUSTER_IP_IMMUTABLE)).isEmpty();
    Change refused = only(check(service.formatted("ClusterIP", "10.0.0.8"), service.formatted("ClusterIP", "10.0.0.9")),
        UpgradeRule.CLUSTER_IP_IMMUTABLE);
    assertThat(refused.reason()).isEqualTo("a Service's cluster IP cannot change (None is a headless Service)");
    assertThat(refused.steps()).extracting(Step::text).containsExactly("delete the Service, then apply (its name does not"
        + " resolve in between): kubectl delete service hdfs");
  }

  @Test
  void aServicesClusterIpsListIsRefusedAsWell() {
    String service = "apiVersion: v1\nkind: Service\nmetadata: {name: m, namespace: a}\nspec:\n  clusterIPs: [%s]\n";

    assertThat(only(check(service.formatted("10.0.0.8"), service.formatted("10.0.0.9")), UpgradeRule.CLUSTER_IP_IMMUTABLE)
        .path()).isEqualTo("spec.clusterIPs[0]");
  }

  @Test
  void aDeploymentsSelectorIsRefusedButItsTemplateRollsOut() {
    String deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: alluxio-proxy}
        spec:
          selector: {matchLabels: {app: %s}}
          template:
            metadata: {labels: {app: alluxio, role: proxy}}
            spec: {containers: [{name: proxy, image: alluxio/alluxio:%s}]}
        """;

    UpgradeReport selector = check(deployment.formatted("alluxio", "2.9.4"), deployment.formatted("proxy", "2.9.4"));
    UpgradeReport image = check(deployment.formatted("alluxio", "2.9.4"), deployment.formatted("alluxio", "2.9.5"));

    assertThat(only(selector, UpgradeRule.SELECTOR_IMMUTABLE).reason()).isEqualTo("a Deployment's selector cannot change");
    assertThat(of(image, UpgradeRule.SELECTOR_IMMUTABLE)).isEmpty();
    assertThat(only(image, UpgradeRule.ROLLOUT).changeClass()).isEqualTo(ChangeClass.ROLLING_RESTART);
  }

  @Test
  void aJobsTemplateIsOneRefusalHoweverManyOfItsFieldsChange() {
    String job = """
        apiVersion: batch/v1
        kind: Job
        metadata: {name: format, namespace: alluxio}
        spec:
          backoffLimit: %d
          template:
            spec:
              restartPolicy: %s
              containers: [{name: format, image: alluxio/alluxio:%s}]
        """;

    UpgradeReport report = check(job.formatted(1, "OnFailure", "2.9.4"), job.formatted(2, "Never", "2.9.5"));

    Change refused = only(report, UpgradeRule.JOB_TEMPLATE_IMMUTABLE);
    assertThat(refused.before()).contains("OnFailure").contains("2.9.4");
    assertThat(refused.after()).contains("Never").contains("2.9.5");
    assertThat(refused.steps().get(0).text()).isEqualTo("delete the finished Job, then apply (a Job that formats the journal"
        + " erases it when it runs again: apply it only to reformat): kubectl delete job format -n alluxio");
    assertThat(only(report, UpgradeRule.OBJECT_UPDATED).path()).isEqualTo("spec.backoffLimit");
  }

  @Test
  void aStatefulSetsClaimTemplatesAreRefusedWithWhatTheOldClaimsKeep() {
    String sts = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: alluxio-master}
        spec:
          replicas: %s
          selector: {matchLabels: {app: alluxio}}
          template:
            metadata: {labels: {app: alluxio}}
            spec: {containers: [{name: alluxio-master, image: alluxio/alluxio:2.9.4}]}
          volumeClaimTemplates:
            - metadata: {name: journal}
              spec: {resources: {requests: {storage: %s}}}
        """;

    Change refused = only(check(sts.formatted("2", "1Gi"), sts.formatted("2", "2Gi")), UpgradeRule.STATEFULSET_IMMUTABLE);

    assertThat(refused.reason()).isEqualTo("a StatefulSet's volumeClaimTemplates cannot change; the claims it already made"
        + " keep their size, class and access modes");
    assertThat(refused.steps()).extracting(Step::text).containsExactly(
        "delete StatefulSet/alluxio-master but keep its pods, which the new one adopts: kubectl delete statefulset"
            + " alluxio-master --cascade=orphan",
        "grow the claim journal-alluxio-master-0 by hand, where its class allows expansion: kubectl patch pvc"
            + " journal-alluxio-master-0 -p '{\"spec\":{\"resources\":{\"requests\":{\"storage\":\"2Gi\"}}}}'",
        "grow the claim journal-alluxio-master-1 by hand, where its class allows expansion: kubectl patch pvc"
            + " journal-alluxio-master-1 -p '{\"spec\":{\"resources\":{\"requests\":{\"storage\":\"2Gi\"}}}}'");
    assertThat(ImmutableFields.replicas(input("x.yaml", sts.formatted("500", "1Gi")).objects().get(0))).isEqualTo(99);
    assertThat(ImmutableFields.replicas(input("x.yaml", sts.formatted("lots", "1Gi")).objects().get(0))).isEqualTo(1);
    assertThat(ImmutableFields.replicas(input("x.yaml", sts.formatted("3", "1Gi").replace("  replicas: 3\n", ""))
        .objects().get(0))).isEqualTo(1);
  }

  @Test
  void aNewSelectorThatNeedsExpressionsOrSelectsNothingCannotAdoptTheOldPods() {
    String daemonSet = """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: worker}
        spec:
          selector: %s
          template:
            metadata: {labels: {app: alluxio}}
            spec: {containers: [{name: alluxio-worker, image: alluxio/alluxio:2.9.4}]}
        """;
    String before = daemonSet.formatted("{matchLabels: {app: alluxio}}");

    for (String selector : new String[] {"{matchLabels: {app: alluxio}, matchExpressions: [{key: app, operator: Exists}]}",
        "{matchLabels: {}}", "{matchExpressions: [{key: app, operator: Exists}]}", "{matchLabels: {app: other}}"}) {
      assertThat(only(check(before, daemonSet.formatted(selector)), UpgradeRule.SELECTOR_IMMUTABLE).steps().get(0).text())
          .as(selector).isEqualTo("delete DaemonSet/worker and its pods (the new selector does not select them, so they"
              + " cannot be adopted): kubectl delete daemonset worker");
    }
  }
}
