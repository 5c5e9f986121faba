package dev.alluxiok8s.upgrade.rollout;

import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.fields.FieldChange;
import dev.alluxiok8s.upgrade.objects.DeployedObject;
import dev.alluxiok8s.upgrade.objects.ObjectTrees;
import dev.alluxiok8s.upgrade.objects.WorkloadRole;
import dev.alluxiok8s.upgrade.plan.Phase;
import dev.alluxiok8s.upgrade.plan.Shell;
import dev.alluxiok8s.upgrade.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which workloads restart when their pod template changes, why (the configuration's hash, the
 * image, other fields), in which order (masters first, one at a time so the quorum holds, then
 * job masters, workers, FUSE) and what each restart costs.
 */
public final class Rollouts {

  /** The pod template annotation alluxio-k8s changes whenever the ConfigMap does. */
  static final String CONFIG_HASH = "spec.template.metadata.annotations['alluxio-k8s.dev/config-hash']";

  private Rollouts() {}

  /**
   * The rolling restart of {@code after} caused by {@code fields} (its changes, already known to be
   * allowed); empty when none is under {@code spec.template}.
   *
   * @param embeddedJournal whether the masters replicate an EMBEDDED journal
   */
  public static Optional<Change> check(DeployedObject after, List<FieldChange> fields, boolean embeddedJournal) {
    Optional<WorkloadRole> role = WorkloadRole.of(after);
    List<FieldChange> template = fields.stream().filter(f -> f.isUnder("spec.template")).toList();
    if (role.isEmpty() || template.isEmpty()) {
      return Optional.empty();
    }
    List<String> causes = new ArrayList<>();
    String before = "";
    String now = "";
    for (FieldChange f : template) {
      if (f.path().equals(CONFIG_HASH)) {
        causes.add("the configuration changed (config hash)");
      } else if (f.path().endsWith(".image")) {
        before = String.valueOf(f.before());
        now = String.valueOf(f.after());
        causes.add("the image changed");
      }
    }
    if (causes.isEmpty()) {
      causes.add("its pod template changed (" + template.get(0).path() + (template.size() > 1 ? ", ..." : "") + ")");
    }
    WorkloadRole r = role.get();
    String kind = after.kind().toLowerCase(Locale.ROOT);
    String status = "kubectl rollout status " + kind + "/" + Shell.quote(after.name()) + Shell.namespace(after.ref().namespace());
    Step step = new Step(Phase.ROLL_OUT, r.ordinal(), r.plural() + " (" + after.kind() + "/"
        + after.name() + "): " + cost(r, after, embeddedJournal) + "; watch: " + status);
    return Optional.of(Change.of(after.ref(), "spec.template", dev.alluxiok8s.upgrade.text.Values.show(before.isEmpty() ? null : before),
        dev.alluxiok8s.upgrade.text.Values.show(now.isEmpty() ? null : now), UpgradeRule.ROLLOUT,
        "the " + r.plural() + " restart: " + String.join(", ", causes.stream().distinct().toList()), List.of(step)));
  }

  /** What one restart of a workload of {@code role} costs the cluster. */
  static String cost(WorkloadRole role, DeployedObject workload, boolean embeddedJournal) {
    return switch (role) {
      case MASTER -> {
        String replicas = ObjectTrees.text(ObjectTrees.map(workload.tree(), "spec"), "replicas");
        boolean single = replicas.isEmpty() || replicas.equals("1");
        yield single ? "the only master restarts, so Alluxio is unavailable until it is back (its job master with it)"
            : "one pod at a time, highest ordinal first, each waiting for the previous to be ready"
                + (embeddedJournal ? ", so the quorum keeps a majority" : "")
                + "; clients fail over when the leader restarts";
      }
      case JOB_MASTER -> "running jobs (loads, persists) are retried after it is back";
      case WORKER -> "node by node; each restarted worker loses its MEM tier (cached blocks in memory) and reads go to"
          + " the under store until it warms again";
      case FUSE -> "node by node; applications using the FUSE mount on a node get errors until it is remounted:"
          + " restart them";
      case OTHER -> "its pods restart";
    };
  }
}
