package dev.alluxiok8s.upgrade.kubernetes;

import dev.alluxiok8s.kube.quantity.Quantity;
import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.ChangeClass;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.fields.FieldChange;
import dev.alluxiok8s.upgrade.objects.DeployedObject;
import dev.alluxiok8s.upgrade.objects.ObjectTrees;
import dev.alluxiok8s.upgrade.objects.Pairing;
import dev.alluxiok8s.upgrade.plan.Phase;
import dev.alluxiok8s.upgrade.plan.Shell;
import dev.alluxiok8s.upgrade.plan.Step;
import dev.alluxiok8s.upgrade.text.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields the API server refuses to change on an existing object, each with its known
 * workaround (see {@link UpgradeRule#source()} for where each rule comes from).
 *
 * <pre>{@code
 * List<Change> refused = ImmutableFields.check(pair, TreeDiff.between(old, now), storageClasses);
 * }</pre>
 */
public final class ImmutableFields {

  /** What ValidateStatefulSetUpdate lets change; every other field under spec is refused. */
  private static final Set<String> STATEFULSET_MUTABLE =
      Set.of("replicas", "ordinals", "template", "updateStrategy", "persistentVolumeClaimRetentionPolicy", "minReadySeconds");
  private static final String STORAGE = "spec.resources.requests.storage";

  private ImmutableFields() {}

  /**
   * The refused changes among {@code fields}, the field changes of {@code pair}.
   *
   * @param storageClasses the new side's StorageClasses, to tell whether a claim may grow
   */
  public static List<Change> check(Pairing.Pair pair, List<FieldChange> fields, StorageClasses storageClasses) {
    DeployedObject before = pair.before();
    DeployedObject after = pair.after();
    List<Change> out = new ArrayList<>();
    Set<String> reported = new java.util.HashSet<>();
    for (FieldChange leaf : fields) {
      // A selector or a Job's template is refused as a whole: one change, not one per label.
      String whole = whole(after.kind(), leaf.path());
      if (whole != null && !reported.add(whole)) {
        continue;
      }
      FieldChange f = whole == null ? leaf : new FieldChange(whole, at(before, whole), at(after, whole));
      switch (after.kind()) {
        case "StatefulSet" -> {
          String field = topField(f.path());
          if (field != null && !STATEFULSET_MUTABLE.contains(field)) {
            List<Step> steps = new ArrayList<>();
            steps.add(Recreation.deleteFirst(before, after));
            if (f.path().startsWith("spec.volumeClaimTemplates[") && f.path().endsWith(".resources.requests.storage")) {
              steps.addAll(expandClaimsByHand(after, f));
            }
            out.add(refused(after, f, UpgradeRule.STATEFULSET_IMMUTABLE,
                "a StatefulSet's " + field + " cannot change" + (field.equals("volumeClaimTemplates")
                    ? "; the claims it already made keep their size, class and access modes" : ""), steps));
          }
        }
        case "DaemonSet", "Deployment" -> {
          if (f.isUnder("spec.selector")) {
            out.add(refused(after, f, UpgradeRule.SELECTOR_IMMUTABLE, "a " + after.kind() + "'s selector cannot change",
                List.of(Recreation.deleteFirst(before, after))));
          }
        }
        case "Job" -> {
          if (f.isUnder("spec.template") || f.isUnder("spec.selector")) {
            String target = "job " + Shell.quote(after.name()) + Shell.namespace(after.ref().namespace());
            out.add(refused(after, f, UpgradeRule.JOB_TEMPLATE_IMMUTABLE, "a Job's pod template cannot change",
                List.of(Step.of(Phase.BEFORE_APPLY, "delete the finished Job, then apply (a Job that formats the journal"
                    + " erases it when it runs again: apply it only to reformat): kubectl delete " + target))));
          }
        }
        case "Service" -> {
          boolean externalName = "ExternalName".equals(type(before)) || "ExternalName".equals(type(after));
          if (!externalName && (f.isUnder("spec.clusterIP") || f.isUnder("spec.clusterIPs"))) {
            String target = "service " + Shell.quote(after.name()) + Shell.namespace(after.ref().namespace());
            out.add(refused(after, f, UpgradeRule.CLUSTER_IP_IMMUTABLE, "a Service's cluster IP cannot change (None is a"
                + " headless Service)", List.of(Step.of(Phase.BEFORE_APPLY, "delete the Service, then apply (its name does"
                + " not resolve in between): kubectl delete " + target))));
          }
        }
        case "PersistentVolumeClaim" -> claim(before, after, f, storageClasses).ifPresent(out::add);
        default -> { }
      }
    }
    return out;
  }

  private static Optional<Change> claim(DeployedObject before, DeployedObject after, FieldChange f, StorageClasses classes) {
    if (!f.isUnder("spec") || f.isUnder("spec.volumeAttributesClassName")) {
      return Optional.empty();
    }
    String target = "pvc " + Shell.quote(after.name()) + Shell.namespace(after.ref().namespace());
    if (f.path().equals(STORAGE)) {
      Optional<Quantity> was = Quantity.ofTreeValue(f.before());
      Optional<Quantity> now = Quantity.ofTreeValue(f.after());
      if (was.isPresent() && now.isPresent() && now.get().compareTo(was.get()) < 0) {
        return Optional.of(refused(after, f, UpgradeRule.CLAIM_SHRINK, "a claim cannot shrink", List.of(Step.of(
            Phase.BEFORE_APPLY, "keep the claim's size (" + Values.show(f.before()) + ") in the new manifests, or copy its"
                + " data to a new, smaller claim by hand"))));
      }
      String storageClass = ObjectTrees.text(ObjectTrees.map(after.tree(), "spec"), "storageClassName");
      if (classes.allowsExpansion(storageClass)) {
        return Optional.of(refused(after, f, UpgradeRule.CLAIM_EXPANSION, "the claim grows; StorageClass/" + storageClass
            + " allows expansion", List.of()).withClass(ChangeClass.IN_PLACE));
      }
      return Optional.of(refused(after, f, UpgradeRule.CLAIM_EXPANSION, "a claim grows only when its StorageClass"
          + (storageClass.isEmpty() ? "" : " (" + storageClass + ")") + " sets allowVolumeExpansion: true, which these"
          + " manifests do not show", List.of(Step.of(Phase.BEFORE_APPLY, "check the class allows expansion (kubectl get"
          + " storageclass " + (storageClass.isEmpty() ? "" : Shell.quote(storageClass) + " ") + "-o yaml); if it does not,"
          + " keep the old size or copy the data to a new claim: kubectl get " + target + " -o yaml"))));
    }
    if (f.isUnder("spec.resources.requests")) {
      return Optional.empty();
    }
    return Optional.of(refused(after, f, UpgradeRule.CLAIM_IMMUTABLE, "a bound claim's " + f.path().substring("spec.".length())
        + " cannot change", List.of(Step.of(Phase.BEFORE_APPLY, "create a claim of another name with the new spec, copy"
        + " the data over while nothing writes to it, point the workload at it, then delete the old one: kubectl delete "
        + target))));
  }

  /** The steps that grow a StatefulSet's existing claims, which a changed template never touches. */
  private static List<Step> expandClaimsByHand(DeployedObject after, FieldChange f) {
    String prefix = f.path().substring(0, f.path().indexOf(']') + 1);
    int index = Integer.parseInt(prefix.substring("spec.volumeClaimTemplates[".length(), prefix.length() - 1));
    List<Map<String, Object>> templates = ObjectTrees.maps(ObjectTrees.map(after.tree(), "spec"), "volumeClaimTemplates");
    String template = index < templates.size() ? ObjectTrees.text(ObjectTrees.map(templates.get(index), "metadata"), "name") : "";
    long replicas = replicas(after);
    List<Step> steps = new ArrayList<>();
    String size = String.valueOf(f.after());
    for (long i = 0; i < replicas; i++) {
      String claim = template + "-" + after.name() + "-" + i;
      steps.add(Step.of(Phase.BEFORE_APPLY, "grow the claim " + claim + " by hand, where its class allows expansion: kubectl"
          + " patch pvc " + Shell.quote(claim) + Shell.namespace(after.ref().namespace()) + " -p "
          + Shell.quote("{\"spec\":{\"resources\":{\"requests\":{\"storage\":\"" + size.replace("\"", "") + "\"}}}}")));
    }
    return steps;
  }

  static long replicas(DeployedObject workload) {
    Object r = ObjectTrees.map(workload.tree(), "spec").get("replicas");
    try {
      return r == null ? 1 : Math.min(Long.parseLong(String.valueOf(r)), 99);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static Change refused(DeployedObject after, FieldChange f, UpgradeRule rule, String reason, List<Step> steps) {
    return Change.of(after.ref(), f.path(), Values.show(f.before()), Values.show(f.after()), rule, reason, steps);
  }

  /** The field refused as a whole that {@code path} is part of, or null when the leaf itself is reported. */
  private static String whole(String kind, String path) {
    for (String field : List.of("spec.selector", "spec.template")) {
      boolean under = path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[");
      if (under && (field.equals("spec.selector") || kind.equals("Job"))) {
        return field;
      }
    }
    return null;
  }

  /** The value at {@code spec.selector} or {@code spec.template} of {@code object}. */
  private static Object at(DeployedObject object, String path) {
    return ObjectTrees.map(object.tree(), "spec").get(path.substring("spec.".length()));
  }

  /** {@code spec.X...} -> X; null outside spec. */
  private static String topField(String path) {
    if (!path.startsWith("spec.")) {
      return null;
    }
    String rest = path.substring("spec.".length());
    int end = rest.length();
    for (int i = 0; i < rest.length(); i++) {
      if (rest.charAt(i) == '.' || rest.charAt(i) == '[') {
        end = i;
        break;
      }
    }
    return rest.substring(0, end);
  }

  private static String type(DeployedObject o) {
    return ObjectTrees.text(ObjectTrees.map(o.tree(), "spec"), "type");
  }
}
