package dev.alluxiok8s.validation.rules;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.validation.tree.Trees;
import dev.alluxiok8s.validation.workload.PodTemplate;
import dev.alluxiok8s.validation.workload.Selectors;
import dev.alluxiok8s.validation.workload.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Label selectors: a workload's selector is present and matches its pod template, and every selector in
 * an object (matchLabels, matchExpressions) is well-formed.
 */
public final class SelectorRules {

  /** Workload selector missing or empty. */
  public static final String SELECTOR_REQUIRED = "K8S-SELECTOR-REQUIRED";
  /** Workload selector does not match its template labels. */
  public static final String SELECTOR_MISMATCH = "K8S-SELECTOR-MISMATCH";
  /** Label selector requirement with values that do not fit its operator. */
  public static final String SELECTOR_OPERATOR = "K8S-SELECTOR-OPERATOR";

  private SelectorRules() {}

  /** Deployment, StatefulSet, DaemonSet, ReplicaSet: a non-empty selector that matches the template. */
  static void workloadSelector(ObjectCheck check, String kind, Map<String, Object> spec, PodTemplate pod) {
    if (!Workloads.CONTROLLERS.contains(kind)) {
      return;
    }
    FieldPath selPath = FieldPath.ROOT.field("spec").field("selector");
    Map<String, Object> selector = Trees.map(spec, "selector");
    Map<String, Object> matchLabels = Trees.map(selector, "matchLabels");
    List<Object> expressions = Trees.list(selector, "matchExpressions");
    if (selector == null || ((matchLabels == null || matchLabels.isEmpty()) && expressions.isEmpty())) {
      check.error(
          SELECTOR_REQUIRED,
          selPath,
          selector == null ? "Required value" : "Invalid value: \"{}\": empty selector is invalid for deployment",
          "select the pods by the template's labels, for example matchLabels: {app: my-app}");
      return;
    }
    if (!Selectors.matches(selector, pod.labels())) {
      check.error(
          SELECTOR_MISMATCH,
          pod.metadataPath().field("labels"),
          "Invalid value: " + goMap(pod.labels()) + ": `selector` does not match template `labels`",
          "give the pod template every label the selector requires");
    }
  }

  /** Renders labels like Go's {@code map[string]string{"a":"b"}}, sorted by key as Go prints maps. */
  private static String goMap(Map<String, Object> labels) {
    StringBuilder b = new StringBuilder("map[string]string{");
    boolean first = true;
    for (Map.Entry<String, Object> e : new TreeMap<>(labels).entrySet()) {
      if (!first) {
        b.append(", ");
      }
      first = false;
      b.append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
    }
    return b.append('}').toString();
  }

  /**
   * Every label selector anywhere in the object: {@code matchLabels} follow label syntax, and {@code
   * matchExpressions} operators fit their values. The walk
   * keeps the keys it went through on a stack and only builds a path when it finds a selector, since
   * most nodes hold none.
   */
  static void selectorsIn(ObjectCheck check, Map<String, Object> tree) {
    selectorsIn(check, tree, new ArrayList<>());
  }

  private static void selectorsIn(ObjectCheck check, Object node, List<Object> trail) {
    if (node instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object value = e.getValue();
        if (!(value instanceof Map) && !(value instanceof List)) {
          continue;
        }
        String key = String.valueOf(e.getKey());
        trail.add(key);
        if (key.equals("matchExpressions") && value instanceof List<?> list) {
          FieldPath p = pathOf(trail);
          for (int i = 0; i < list.size(); i++) {
            expression(check, Trees.asMap(list.get(i)), p.index(i));
          }
        } else if (key.equals("matchLabels") && value instanceof Map) {
          MetadataRules.labels(check, Trees.asMap(value), pathOf(trail));
        } else {
          selectorsIn(check, value, trail);
        }
        trail.remove(trail.size() - 1);
      }
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        Object value = l.get(i);
        if (value instanceof Map || value instanceof List) {
          trail.add(i);
          selectorsIn(check, value, trail);
          trail.remove(trail.size() - 1);
        }
      }
    }
  }

  private static FieldPath pathOf(List<Object> trail) {
    FieldPath p = FieldPath.ROOT;
    for (Object o : trail) {
      p = o instanceof Integer i ? p.index(i) : p.field((String) o);
    }
    return p;
  }

  private static void expression(ObjectCheck check, Map<String, Object> req, FieldPath at) {
    if (req == null) {
      return;
    }
    String key = Trees.string(req, "key");
    if (key != null) {
      for (String err : KubernetesNames.qualifiedName(key)) {
        check.error(MetadataRules.LABEL, at.field("key"), "Invalid value: \"" + key + "\": " + err, "use a valid label key");
      }
    }
    String op = Trees.string(req, "operator");
    List<Object> values = Trees.list(req, "values");
    if (op == null) {
      return;
    }
    switch (op) {
      case "In", "NotIn" -> {
        if (values.isEmpty()) {
          check.error(SELECTOR_OPERATOR, at.field("values"),
              "Required value: must be specified when `operator` is 'In' or 'NotIn'", "list at least one value");
        }
      }
      case "Exists", "DoesNotExist" -> {
        if (!values.isEmpty()) {
          check.error(SELECTOR_OPERATOR, at.field("values"),
              "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'", "remove values");
        }
      }
      case "Gt", "Lt" -> {
        if (values.size() != 1) {
          check.error(SELECTOR_OPERATOR, at.field("values"),
              "Required value: must be specified single value when `operator` is 'Lt' or 'Gt'", "give exactly one integer value");
        }
      }
      default -> {
        // Unknown operators are reported by the structure pass (closed value set).
      }
    }
  }
}
