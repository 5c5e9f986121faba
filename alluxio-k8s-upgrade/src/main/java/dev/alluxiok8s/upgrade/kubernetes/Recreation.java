package dev.alluxiok8s.upgrade.kubernetes;

import dev.alluxiok8s.upgrade.objects.DeployedObject;
import dev.alluxiok8s.upgrade.objects.ObjectTrees;
import dev.alluxiok8s.upgrade.plan.Phase;
import dev.alluxiok8s.upgrade.plan.Shell;
import dev.alluxiok8s.upgrade.plan.Step;
import java.util.Locale;
import java.util.Map;

/**
 * The known way around a refused workload update: delete the workload and apply. When the new
 * selector still selects the old pods, {@code --cascade=orphan} keeps them running and the new
 * workload adopts them; otherwise the old pods must go with the old workload.
 */
final class Recreation {

  private Recreation() {}

  /** The step that removes {@code before} so that {@code after} can be created in its place. */
  static Step deleteFirst(DeployedObject before, DeployedObject after) {
    String target = before.kind().toLowerCase(Locale.ROOT) + " " + Shell.quote(before.name()) + Shell.namespace(before.ref().namespace());
    if (selects(after, before)) {
      return Step.of(Phase.BEFORE_APPLY, "delete " + before.kind() + "/" + before.name()
          + " but keep its pods, which the new one adopts: kubectl delete " + target + " --cascade=orphan");
    }
    String claims = before.kind().equals("StatefulSet") ? "; its claims stay, unless its persistentVolumeClaimRetentionPolicy"
        + " says Delete" : "";
    return Step.of(Phase.BEFORE_APPLY, "delete " + before.kind() + "/" + before.name() + " and its pods (the new selector"
        + " does not select them, so they cannot be adopted" + claims + "): kubectl delete " + target);
  }

  /** True when every {@code matchLabels} entry of the new selector is a label of the old pod template. */
  static boolean selects(DeployedObject after, DeployedObject before) {
    Map<String, Object> selector = ObjectTrees.map(ObjectTrees.map(after.tree(), "spec"), "selector");
    if (selector.containsKey("matchExpressions") || !(selector.get("matchLabels") instanceof Map<?, ?> match) || match.isEmpty()) {
      return false;
    }
    Map<String, Object> labels = ObjectTrees.map(ObjectTrees.map(ObjectTrees.map(ObjectTrees.map(before.tree(), "spec"),
        "template"), "metadata"), "labels");
    return match.entrySet().stream().allMatch(e -> String.valueOf(e.getValue()).equals(labels.get(String.valueOf(e.getKey())) == null
        ? null : String.valueOf(labels.get(String.valueOf(e.getKey())))));
  }
}
