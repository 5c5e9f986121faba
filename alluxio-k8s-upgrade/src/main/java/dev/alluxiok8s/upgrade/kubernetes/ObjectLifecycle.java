package dev.alluxiok8s.upgrade.kubernetes;

import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.ChangeClass;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.objects.DeployedObject;
import dev.alluxiok8s.upgrade.objects.WorkloadRole;
import dev.alluxiok8s.upgrade.plan.Phase;
import dev.alluxiok8s.upgrade.plan.Shell;
import dev.alluxiok8s.upgrade.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Objects that only one side has. {@code kubectl apply} creates the new ones and leaves the old
 * ones running; an old workload replaced by a new one of the same Alluxio role (a renamed
 * StatefulSet, the chart's StatefulSet per master) must go first, or two masters would write one
 * journal and two workers would claim one node's ports.
 */
public final class ObjectLifecycle {

  private ObjectLifecycle() {}

  /** One change per added and per removed object. */
  public static List<Change> check(List<DeployedObject> added, List<DeployedObject> removed) {
    List<Change> out = new ArrayList<>();
    for (DeployedObject a : added) {
      out.add(Change.of(a.ref(), "", "", "", UpgradeRule.OBJECT_ADDED, "new object, created by the apply", List.of()));
    }
    for (DeployedObject r : removed) {
      String target = r.kind().toLowerCase(Locale.ROOT) + " " + Shell.quote(r.name()) + Shell.namespace(r.ref().namespace());
      Optional<WorkloadRole> role = WorkloadRole.of(r);
      Optional<DeployedObject> successor = role.isEmpty() || role.get() == WorkloadRole.OTHER ? Optional.empty()
          : added.stream().filter(a -> WorkloadRole.of(a).equals(role)).findFirst();
      if (successor.isPresent()) {
        String keeps = r.kind().equals("StatefulSet") ? " (claims are never deleted with it unless its"
            + " persistentVolumeClaimRetentionPolicy says so)" : "";
        out.add(Change.of(r.ref(), "", "", "", UpgradeRule.WORKLOAD_REPLACED, "replaced by " + successor.get().kind() + "/"
            + successor.get().name() + "; both would run the " + role.get().plural() + " at once",
            List.of(Step.of(Phase.BEFORE_APPLY, "delete the old " + role.get().plural() + " before the new ones start"
                + keeps + ": kubectl delete " + target))));
      } else if (r.kind().equals("PersistentVolumeClaim") || r.kind().equals("PersistentVolume")) {
        // Storage left behind costs nothing now and may hold the only copy of the data: keep it.
        out.add(Change.of(r.ref(), "", "", "", UpgradeRule.OBJECT_REMOVED, "no longer in the manifests; the apply"
            + " leaves it, and its data, in place", List.of(Step.of(Phase.AFTER_APPLY, "keep " + r.kind() + "/" + r.name()
            + " while anything may need its data (" + (r.kind().equals("PersistentVolume") ? "a claim may still be bound to it"
            : "its volume holds the data") + "): kubectl get " + target)))
            .withClass(ChangeClass.IN_PLACE));
      } else {
        out.add(Change.of(r.ref(), "", "", "", UpgradeRule.OBJECT_REMOVED, "no longer in the manifests; the apply leaves"
            + " it in place", List.of(Step.of(Phase.AFTER_APPLY, "delete what the apply left behind: kubectl delete "
            + target))));
      }
    }
    return out;
  }
}
