package dev.alluxiok8s.upgrade.rollout;

import static dev.alluxiok8s.upgrade.ManifestPairs.check;
import static dev.alluxiok8s.upgrade.ManifestPairs.input;
import static dev.alluxiok8s.upgrade.ManifestPairs.of;
import static dev.alluxiok8s.upgrade.ManifestPairs.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.objects.DeployedObject;
import dev.alluxiok8s.upgrade.objects.WorkloadRole;
import dev.alluxiok8s.upgrade.plan.Phase;
import dev.alluxiok8s.upgrade.plan.Step;
import org.junit.jupiter.api.Test;

/** Why a workload restarts, what one restart costs for each kind of Alluxio process, and where it goes in the plan. */
class RolloutsTest {

  private static final String WORKLOAD = """
      apiVersion: apps/v1
      kind: %s
      metadata: {name: %s, namespace: alluxio}
      spec:
        replicas: %s
        selector: {matchLabels: {app: alluxio}}
        template:
          metadata:
            labels: {app: alluxio}
            annotations: {alluxio-k8s.dev/config-hash: "%s"}
          spec:
            containers:
              - name: %s
                image: alluxio/alluxio:%s
                args: [%s, --verbose]
      """;

  private static String workload(String kind, String name, String replicas, String hash, String container, String tag,
      String firstArgument) {
    return WORKLOAD.formatted(kind, name, replicas, hash, container, tag, firstArgument);
  }

  @Test
  void aNewConfigurationRestartsTheOnlyMasterAndAlluxioIsDownMeanwhile() {
    Change rollout = only(check(workload("StatefulSet", "alluxio-master", "1", "a1", "alluxio-master", "2.9.4", "master"),
        workload("StatefulSet", "alluxio-master", "1", "b2", "alluxio-master", "2.9.4", "master")), UpgradeRule.ROLLOUT);

    assertThat(rollout.reason()).isEqualTo("the masters restart: the configuration changed (config hash)");
    assertThat(rollout.path()).isEqualTo("spec.template");
    // The hash is not worth showing as a value; an image would be.
    assertThat(rollout.before()).isEmpty();
    assertThat(rollout.after()).isEmpty();
    assertThat(rollout.steps()).extracting(Step::phase, Step::rank, Step::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Phase.ROLL_OUT, 0, "masters (StatefulSet/alluxio-master): the only master"
            + " restarts, so Alluxio is unavailable until it is back (its job master with it); watch: kubectl rollout"
            + " status statefulset/alluxio-master -n alluxio"));
  }

  @Test
  void aNewImageForSeveralMastersRollsOneAtATimeAndShowsBothImages() {
    Change rollout = only(check(workload("StatefulSet", "alluxio-master", "3", "a1", "alluxio-master", "2.9.4", "master"),
        workload("StatefulSet", "alluxio-master", "3", "b2", "alluxio-master", "2.9.5", "master")), UpgradeRule.ROLLOUT);

    assertThat(rollout.reason()).isEqualTo("the masters restart: the configuration changed (config hash), the image changed");
    assertThat(rollout.before()).isEqualTo("\"alluxio/alluxio:2.9.4\"");
    assertThat(rollout.after()).isEqualTo("\"alluxio/alluxio:2.9.5\"");
    assertThat(rollout.steps().get(0).text()).contains(": one pod at a time, highest ordinal first, each waiting for the"
        + " previous to be ready; clients fail over when the leader restarts; watch:");
  }

  @Test
  void anyOtherTemplateChangeIsNamedByItsFirstField() {
    Change one = only(check(workload("DaemonSet", "alluxio-worker", "1", "a1", "alluxio-worker", "2.9.4", "worker"),
        workload("DaemonSet", "alluxio-worker", "1", "a1", "alluxio-worker", "2.9.4", "worker-only")), UpgradeRule.ROLLOUT);
    Change two = only(check(workload("DaemonSet", "alluxio-worker", "1", "a1", "alluxio-worker", "2.9.4", "worker"),
        workload("DaemonSet", "alluxio-worker", "1", "a1", "alluxio-worker", "2.9.4", "worker-only").replace("--verbose", "-v")),
        UpgradeRule.ROLLOUT);

    assertThat(one.reason()).isEqualTo("the workers restart: its pod template changed (spec.template.spec.containers[0].args[0])");
    assertThat(two.reason()).isEqualTo("the workers restart: its pod template changed (spec.template.spec.containers[0].args[0], ...)");
    assertThat(one.steps().get(0).rank()).isEqualTo(WorkloadRole.WORKER.ordinal());
  }

  @Test
  void aTemplateOfAKindThatIsNoWorkloadRestartsNothingAndIsUpdatedInPlace() {
    String runner = workload("Runner", "alluxio-runner", "1", "a1", "alluxio-master", "2.9.4", "master");

    var report = check(runner, runner.replace("a1", "b2"));

    assertThat(of(report, UpgradeRule.ROLLOUT)).isEmpty();
    assertThat(only(report, UpgradeRule.OBJECT_UPDATED).path())
        .isEqualTo("spec.template.metadata.annotations['alluxio-k8s.dev/config-hash']");
  }

  @Test
  void eachProcessSaysWhatItsRestartCosts() {
    DeployedObject any = input("x.yaml", workload("Deployment", "x", "1", "a1", "x", "2.9.4", "x")).objects().get(0);

    assertThat(Rollouts.cost(WorkloadRole.JOB_MASTER, any, false))
        .isEqualTo("running jobs (loads, persists) are retried after it is back");
    assertThat(Rollouts.cost(WorkloadRole.WORKER, any, false)).isEqualTo("node by node; each restarted worker loses its MEM"
        + " tier (cached blocks in memory) and reads go to the under store until it warms again");
    assertThat(Rollouts.cost(WorkloadRole.FUSE, any, false)).isEqualTo("node by node; applications using the FUSE mount on a"
        + " node get errors until it is remounted: restart them");
    assertThat(Rollouts.cost(WorkloadRole.OTHER, any, false)).isEqualTo("its pods restart");
  }

  @Test
  void severalMastersKeepTheirQuorumOnlyWithAnEmbeddedJournal() {
    DeployedObject three = input("x.yaml", workload("StatefulSet", "m", "3", "a1", "alluxio-master", "2.9.4", "master"))
        .objects().get(0);
    DeployedObject unset = input("x.yaml", workload("StatefulSet", "m", "3", "a1", "alluxio-master", "2.9.4", "master")
        .replace("  replicas: 3\n", "")).objects().get(0);

    assertThat(Rollouts.cost(WorkloadRole.MASTER, three, true)).contains("ready, so the quorum keeps a majority; clients");
    assertThat(Rollouts.cost(WorkloadRole.MASTER, three, false)).doesNotContain("quorum");
    assertThat(Rollouts.cost(WorkloadRole.MASTER, unset, true)).startsWith("the only master restarts");
  }
}
