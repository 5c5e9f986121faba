package dev.alluxiok8s.upgrade;

import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.upgrade.alluxio.AlluxioSettings;
import dev.alluxiok8s.upgrade.alluxio.ImageVersions;
import dev.alluxiok8s.upgrade.alluxio.JournalSettings;
import dev.alluxiok8s.upgrade.alluxio.JournalStorage;
import dev.alluxiok8s.upgrade.alluxio.Masters;
import dev.alluxiok8s.upgrade.alluxio.Quorum;
import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.fields.FieldChange;
import dev.alluxiok8s.upgrade.fields.TreeDiff;
import dev.alluxiok8s.upgrade.kubernetes.ImmutableFields;
import dev.alluxiok8s.upgrade.kubernetes.ObjectLifecycle;
import dev.alluxiok8s.upgrade.kubernetes.StorageClasses;
import dev.alluxiok8s.upgrade.objects.DeployedObject;
import dev.alluxiok8s.upgrade.objects.ObjectKey;
import dev.alluxiok8s.upgrade.objects.Pairing;
import dev.alluxiok8s.upgrade.plan.Plan;
import dev.alluxiok8s.upgrade.plan.Step;
import dev.alluxiok8s.upgrade.rollout.Rollouts;
import dev.alluxiok8s.upgrade.text.Values;
import dev.alluxiok8s.upgrade.text.YamlDiff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares what is deployed with what comes next, before anything is applied: which changes
 * {@code kubectl apply} makes in place, which restart workloads (and in which order), which the
 * API server refuses, and which lose Alluxio's journal; each with its reason and steps, and one
 * ordered plan.
 *
 * <pre>{@code
 * UpgradeInput deployed = UpgradeInput.manifests("deploy/", Manifests.read(Path.of("deploy/")));
 * UpgradeInput next = RenderedSpec.of("alluxio.yaml", cluster, renderer.render(cluster), document::locate);
 * UpgradeReport report = UpgradeCheck.between(deployed, next);
 * if (report.needsManualStep()) {
 *   report.plan().lines().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Everything is offline: a claim's storage class is known to allow expansion only when the
 * manifests define it, or the caller says so with {@link #expandableStorageClasses}.
 */
public final class UpgradeCheck {

  private final Set<String> expandable;
  private final String apply;

  private UpgradeCheck(Set<String> expandable, String apply) {
    this.expandable = Set.copyOf(expandable);
    this.apply = apply;
  }

  /** A check that knows no expandable storage class beyond the manifests. */
  public static UpgradeCheck create() {
    return new UpgradeCheck(Set.of(), "apply the new manifests: kubectl apply -f <the new manifests>");
  }

  /** This check, also trusting that claims of these classes may grow (the cluster's own classes). */
  public UpgradeCheck expandableStorageClasses(Set<String> names) {
    return new UpgradeCheck(names, apply);
  }

  /** This check, with the apply step worded as {@code sentence} (for example naming the output folder). */
  public UpgradeCheck applyStep(String sentence) {
    return new UpgradeCheck(expandable, Objects.requireNonNull(sentence, "sentence"));
  }

  /** {@link #create()}{@code .check(previous, next)}. */
  public static UpgradeReport between(UpgradeInput previous, UpgradeInput next) {
    return create().check(previous, next);
  }

  /** The changes from {@code previous} (what is deployed) to {@code next}, each placed in {@code next}. */
  public UpgradeReport check(UpgradeInput previous, UpgradeInput next) {
    Pairing pairing = Pairing.of(previous.objects(), next.objects());
    Map<ObjectKey, DeployedObject> newByKey = index(next.objects());
    Map<ObjectKey, DeployedObject> oldByKey = index(previous.objects());
    StorageClasses classes = StorageClasses.of(pairing.after(), expandable);
    AlluxioSettings oldSettings = AlluxioSettings.of(pairing.before()).orElse(null);
    AlluxioSettings newSettings = AlluxioSettings.of(pairing.after()).orElse(null);
    boolean embedded = newSettings != null && newSettings.journalType().equals("EMBEDDED");

    List<Change> changes = new ArrayList<>();
    StringBuilder diff = new StringBuilder();
    for (Pairing.Pair pair : pairing.pairs()) {
      List<FieldChange> fields = TreeDiff.between(pair.before().tree(), pair.after().tree());
      if (fields.isEmpty()) {
        continue;
      }
      diff.append(YamlDiff.of(display(pair.after().ref()), pair.before().tree(), pair.after().tree()));
      List<Change> refused = ImmutableFields.check(pair, fields, classes);
      changes.addAll(refused);
      List<FieldChange> allowed = fields.stream()
          .filter(f -> refused.stream().noneMatch(c -> f.isUnder(c.path()))).toList();
      Rollouts.check(pair.after(), allowed, embedded).ifPresent(changes::add);
      for (FieldChange f : allowed) {
        if (!f.isUnder("spec.template") || !pair.after().kind().matches("StatefulSet|DaemonSet|Deployment|ReplicaSet")) {
          changes.add(Change.of(pair.after().ref(), f.path(), Values.show(f.before()), Values.show(f.after()),
              UpgradeRule.OBJECT_UPDATED, "updated in place", List.of()));
        }
      }
    }
    for (DeployedObject a : pairing.added()) {
      diff.append(YamlDiff.of(display(a.ref()), null, a.tree()));
    }
    for (DeployedObject r : pairing.removed()) {
      diff.append(YamlDiff.of(display(r.ref()), r.tree(), null));
    }
    changes.addAll(ObjectLifecycle.check(pairing.added(), pairing.removed()));
    if (oldSettings != null && newSettings != null) {
      Masters oldMasters = Masters.of(pairing.before());
      Masters newMasters = Masters.of(pairing.after());
      changes.addAll(JournalSettings.check(oldSettings, newSettings, oldMasters));
      Quorum.check(oldSettings, newSettings, oldMasters, newMasters).ifPresent(changes::add);
      JournalStorage.check(oldMasters, oldSettings, newMasters, newSettings).ifPresent(changes::add);
      changes.addAll(JournalStorage.classChanges(oldMasters, newMasters, newSettings, pairing.before(), pairing.after()));
      ImageVersions.check(oldMasters, newMasters).ifPresent(changes::add);
    }

    List<Change> placed = new ArrayList<>(changes.size());
    List<Step> steps = new ArrayList<>();
    for (Change c : changes) {
      ObjectKey key = ObjectKey.of(c.object());
      DeployedObject onNew = newByKey.get(key);
      placed.add(onNew != null ? next.place(c, onNew) : previous.place(c, oldByKey.get(key)));
      steps.addAll(c.steps());
    }
    return new UpgradeReport(placed, diff.toString(), Plan.of(steps, apply));
  }

  private static Map<ObjectKey, DeployedObject> index(List<DeployedObject> objects) {
    Map<ObjectKey, DeployedObject> map = new HashMap<>();
    objects.forEach(o -> map.put(o.key(), o));
    return map;
  }

  /** {@code Kind/namespace/name} for a diff header, with control characters escaped so it stays one line. */
  private static String display(ObjectRef ref) {
    String text = ref.toString();
    String quoted = Values.quote(text);
    return quoted.substring(1, quoted.length() - 1);
  }
}
