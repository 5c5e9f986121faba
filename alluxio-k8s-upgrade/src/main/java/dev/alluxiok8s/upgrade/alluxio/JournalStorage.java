package dev.alluxiok8s.upgrade.alluxio;

import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.objects.DeployedObject;
import dev.alluxiok8s.upgrade.objects.ObjectTrees;
import dev.alluxiok8s.upgrade.plan.Phase;
import dev.alluxiok8s.upgrade.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the masters keep the journal: the claims mounted at the journal folder (a claim by name,
 * or the claims a StatefulSet's template makes, {@code <template>-<statefulset>-<ordinal>}). When
 * the old masters kept it on claims and none of them is a new master's claim, the new masters
 * start from an empty journal: a renamed workload, another namespace or cluster name, another
 * claim. A journal in an HDFS or other remote folder is on no claim and is not judged here.
 */
public final class JournalStorage {

  private JournalStorage() {}

  /** The claims ({@code namespace/name}) that hold the journal on one side. */
  public static Set<String> claims(Masters masters, AlluxioSettings settings) {
    String folder = settings.get(AlluxioSettings.JOURNAL_FOLDER).map(AlluxioSettings.Setting::value).orElse("/journal");
    Set<String> claims = new TreeSet<>();
    if (folder.contains("://")) {
      return claims;
    }
    for (DeployedObject w : masters.workloads()) {
      String volume = journalVolume(w, folder);
      Map<String, Object> podSpec = ObjectTrees.map(ObjectTrees.map(ObjectTrees.map(w.tree(), "spec"), "template"), "spec");
      String ns = w.ref().namespace() + "/";
      for (Map<String, Object> v : ObjectTrees.maps(podSpec, "volumes")) {
        String claim = ObjectTrees.text(ObjectTrees.map(v, "persistentVolumeClaim"), "claimName");
        if (ObjectTrees.text(v, "name").equals(volume) && !claim.isEmpty()) {
          claims.add(ns + claim);
        }
      }
      for (Map<String, Object> t : ObjectTrees.maps(ObjectTrees.map(w.tree(), "spec"), "volumeClaimTemplates")) {
        if (ObjectTrees.text(ObjectTrees.map(t, "metadata"), "name").equals(volume)) {
          long replicas = replicas(w);
          for (long i = 0; i < replicas; i++) {
            claims.add(ns + volume + "-" + w.name() + "-" + i);
          }
        }
      }
    }
    return claims;
  }

  /** The journal loss when the new masters keep the journal on none of the old claims. */
  public static Optional<Change> check(Masters oldMasters, AlluxioSettings before, Masters newMasters, AlluxioSettings after) {
    Set<String> was = claims(oldMasters, before);
    Set<String> now = claims(newMasters, after);
    if (was.isEmpty() || newMasters.workloads().isEmpty() || now.stream().anyMatch(was::contains)) {
      return Optional.empty();
    }
    DeployedObject workload = newMasters.workloads().get(0);
    boolean moved = !oldMasters.first().map(o -> o.ref().namespace()).orElse("").equals(workload.ref().namespace());
    UpgradeRule rule = moved ? UpgradeRule.RELOCATED : UpgradeRule.JOURNAL_STORAGE;
    List<Step> steps = new ArrayList<>();
    steps.add(oldMasters.backup());
    steps.add(oldMasters.stop());
    steps.add(Masters.restoreFromBackup());
    steps.add(Step.of(Phase.AFTER_APPLY, "once the new masters serve the file system, stop the old ones and delete their"
        + " claims (" + String.join(", ", was) + ") only then"));
    String reason = (moved ? "the cluster moves to another namespace: new objects beside the old ones, and" : "the")
        + " masters keep the journal on other claims than before; they would start from an empty journal";
    return Optional.of(Change.of(workload.ref(), "spec", String.join(", ", was), now.isEmpty() ? "no claim" : String.join(", ", now),
        rule, reason, steps));
  }

  /**
   * A new storage class or access mode for the journal's claims, which the existing claims never
   * take: the journal moves only by a backup and a start from it on new claims.
   */
  public static List<Change> classChanges(Masters oldMasters, Masters newMasters, AlluxioSettings after,
      List<DeployedObject> oldObjects, List<DeployedObject> newObjects) {
    List<Change> out = new ArrayList<>();
    String folder = after.get(AlluxioSettings.JOURNAL_FOLDER).map(AlluxioSettings.Setting::value).orElse("/journal");
    for (DeployedObject w : newMasters.workloads()) {
      String volume = journalVolume(w, folder);
      Optional<DeployedObject> old = oldMasters.workloads().stream().filter(o -> o.key().equals(w.key())).findFirst();
      List<Map<String, Object>> templates = ObjectTrees.maps(ObjectTrees.map(w.tree(), "spec"), "volumeClaimTemplates");
      for (int i = 0; i < templates.size() && old.isPresent(); i++) {
        if (ObjectTrees.text(ObjectTrees.map(templates.get(i), "metadata"), "name").equals(volume)) {
          Map<String, Object> oldTemplate = template(old.get(), volume);
          claimSpec(w, "spec.volumeClaimTemplates[" + i + "].spec", ObjectTrees.map(oldTemplate, "spec"),
              ObjectTrees.map(templates.get(i), "spec"), oldMasters, out);
        }
      }
    }
    for (DeployedObject n : newObjects) {
      if (!n.kind().equals("PersistentVolumeClaim") || !claims(newMasters, after).contains(n.ref().namespace() + "/" + n.name())) {
        continue;
      }
      oldObjects.stream().filter(o -> o.key().equals(n.key())).findFirst().ifPresent(o ->
          claimSpec(n, "spec", ObjectTrees.map(o.tree(), "spec"), ObjectTrees.map(n.tree(), "spec"), oldMasters, out));
    }
    return out;
  }

  private static void claimSpec(DeployedObject object, String at, Map<String, Object> was, Map<String, Object> now,
      Masters oldMasters, List<Change> out) {
    for (String field : List.of("storageClassName", "accessModes")) {
      String before = String.valueOf(was.get(field));
      String after = String.valueOf(now.get(field));
      if (!was.isEmpty() && !before.equals(after)) {
        out.add(Change.of(object.ref(), at + "." + field, dev.alluxiok8s.upgrade.text.Values.show(was.get(field)),
            dev.alluxiok8s.upgrade.text.Values.show(now.get(field)), UpgradeRule.JOURNAL_STORAGE,
            "the journal's claims keep their " + field + "; moving the journal to new claims starts it empty",
            List.of(oldMasters.backup(), oldMasters.stop(), Masters.restoreFromBackup())));
      }
    }
  }

  private static Map<String, Object> template(DeployedObject w, String name) {
    for (Map<String, Object> t : ObjectTrees.maps(ObjectTrees.map(w.tree(), "spec"), "volumeClaimTemplates")) {
      if (ObjectTrees.text(ObjectTrees.map(t, "metadata"), "name").equals(name)) {
        return t;
      }
    }
    return Map.of();
  }

  private static String journalVolume(DeployedObject w, String folder) {
    for (Map<String, Object> c : Masters.containers(w)) {
      for (Map<String, Object> m : ObjectTrees.maps(c, "volumeMounts")) {
        if (ObjectTrees.text(m, "mountPath").equals(folder)) {
          return ObjectTrees.text(m, "name");
        }
      }
    }
    return "";
  }

  private static long replicas(DeployedObject w) {
    Object r = ObjectTrees.map(w.tree(), "spec").get("replicas");
    try {
      return r == null ? 1 : Math.max(0, Math.min(Long.parseLong(String.valueOf(r)), 99));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
