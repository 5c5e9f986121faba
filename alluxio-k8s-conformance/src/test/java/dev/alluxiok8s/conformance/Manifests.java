package dev.alluxiok8s.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The objects a layout's files hold, in the order {@code kubectl} would send them to the API
 * server when a user applies the layout the way its docs say.
 */
final class Manifests {

  /**
   * kustomize's default ("legacy") resource order, as {@code kubectl apply -k} sorts: the kinds
   * our renderer emits, in the order kustomize ranks them; other kinds (DaemonSet, Job) come after
   * them, by kind name.
   */
  private static final List<String> KUSTOMIZE_KIND_ORDER = List.of("Namespace", "ResourceQuota",
      "StorageClass", "CustomResourceDefinition", "ServiceAccount", "PodSecurityPolicy", "Role",
      "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ConfigMap", "Secret", "Endpoints", "Service",
      "LimitRange", "PriorityClass", "PersistentVolume", "PersistentVolumeClaim", "Deployment",
      "StatefulSet", "CronJob", "PodDisruptionBudget");

  private Manifests() {}

  /** Every document of a YAML stream, empty documents dropped. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> parse(String yaml) {
    List<Map<String, Object>> objects = new ArrayList<>();
    for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
      if (document != null) {
        objects.add((Map<String, Object>) document);
      }
    }
    return objects;
  }

  /**
   * What applying {@code files} of {@code layoutId} sends, in order:
   * <ul>
   *   <li>{@code stream}: the one file, {@code kubectl apply -f};
   *   <li>{@code files}: {@code kubectl apply -f DIR}, which reads a folder's files by name;
   *   <li>{@code kustomize}: {@code kubectl apply -k DIR}, the listed resources in kustomize's kind order;
   *   <li>{@code kubectl}: the guide's commands, {@code kubectl apply -f} of the top-level files,
   *       then {@code master/}, then {@code worker/}. Its {@code job/} folder is the deliberate
   *       reformat the guide runs by hand, never part of an apply.
   * </ul>
   */
  static List<Map<String, Object>> applyOrder(String layoutId, SortedMap<String, String> files) {
    List<Map<String, Object>> objects = new ArrayList<>();
    switch (layoutId) {
      case "stream", "files" -> files.forEach((name, text) -> {
        if (!name.equals("kustomization.yaml")) {
          objects.addAll(parse(text));
        }
      });
      case "kustomize" -> {
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) parse(files.get("kustomization.yaml")).get(0).get("resources");
        for (String resource : resources) {
          objects.addAll(parse(files.get(resource)));
        }
        // A stable sort: objects of one kind keep the listed order.
        objects.sort(Comparator.comparingInt(Manifests::kustomizeRank)
            .thenComparing(o -> kustomizeRank(o) < KUSTOMIZE_KIND_ORDER.size() ? "" : String.valueOf(o.get("kind"))));
      }
      case "kubectl" -> {
        for (String folder : List.of("", "master/", "worker/")) {
          files.forEach((name, text) -> {
            String rest = name.substring(Math.min(folder.length(), name.length()));
            if (name.startsWith(folder) && !rest.contains("/")) {
              objects.addAll(parse(text));
            }
          });
        }
      }
      default -> throw new IllegalArgumentException("unknown layout " + layoutId);
    }
    return objects;
  }

  private static int kustomizeRank(Map<String, Object> object) {
    int rank = KUSTOMIZE_KIND_ORDER.indexOf(String.valueOf(object.get("kind")));
    return rank < 0 ? KUSTOMIZE_KIND_ORDER.size() : rank;
  }
}
