package dev.alluxiok8s.validation.workload;

import dev.alluxiok8s.validation.tree.Trees;
import java.util.List;
import java.util.Map;

/** Label selector matching, as the controllers and the Service endpoints controller apply it. */
public final class Selectors {

  private Selectors() {}

  /**
   * True when a {@code LabelSelector} ({@code matchLabels} and {@code matchExpressions}) selects pods with
   * {@code labels}. An empty selector selects everything.
   */
  public static boolean matches(Map<String, Object> selector, Map<String, Object> labels) {
    if (!matchesLabels(Trees.map(selector, "matchLabels"), labels)) {
      return false;
    }
    for (Object o : Trees.list(selector, "matchExpressions")) {
      Map<String, Object> req = Trees.asMap(o);
      if (req != null && !matchesExpression(req, labels)) {
        return false;
      }
    }
    return true;
  }

  /** True when every {@code key: value} of a plain selector (a Service's) is among {@code labels}. */
  public static boolean matchesLabels(Map<String, Object> selector, Map<String, Object> labels) {
    if (selector == null) {
      return true;
    }
    for (Map.Entry<String, Object> e : selector.entrySet()) {
      Object actual = labels.get(e.getKey());
      if (actual == null || !String.valueOf(actual).equals(String.valueOf(e.getValue()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesExpression(Map<String, Object> req, Map<String, Object> labels) {
    String key = Trees.string(req, "key");
    String op = Trees.string(req, "operator");
    List<Object> values = Trees.list(req, "values");
    Object actual = key == null ? null : labels.get(key);
    if (op == null) {
      return false;
    }
    return switch (op) {
      case "In" -> actual != null && values.stream().anyMatch(v -> String.valueOf(v).equals(String.valueOf(actual)));
      case "NotIn" -> actual == null || values.stream().noneMatch(v -> String.valueOf(v).equals(String.valueOf(actual)));
      case "Exists" -> actual != null;
      case "DoesNotExist" -> actual == null;
      default -> false;
    };
  }
}
