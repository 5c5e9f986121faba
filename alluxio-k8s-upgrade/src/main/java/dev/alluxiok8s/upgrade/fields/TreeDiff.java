package dev.alluxiok8s.upgrade.fields;

import dev.alluxiok8s.validation.finding.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The leaves that differ between two object trees, in a fixed order (keys sorted, list items by
 * index). Scalars are compared by their text, as kubectl compares {@code cpu: 1} and
 * {@code cpu: "1"} after the API server normalises them; a map or list that appears or disappears
 * whole is one change.
 *
 * <pre>{@code
 * List<FieldChange> changes = TreeDiff.between(oldTree, newTree);
 * // [FieldChange[path=spec.replicas, before=3, after=5]]
 * }</pre>
 */
public final class TreeDiff {

  private TreeDiff() {}

  /** Every leaf that differs, from the root. */
  public static List<FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
    List<FieldChange> out = new ArrayList<>();
    walk("", before, after, out);
    return out;
  }

  private static void walk(String path, Object before, Object after, List<FieldChange> out) {
    if (before instanceof Map<?, ?> b && after instanceof Map<?, ?> a) {
      TreeSet<String> keys = new TreeSet<>();
      b.keySet().forEach(k -> keys.add(String.valueOf(k)));
      a.keySet().forEach(k -> keys.add(String.valueOf(k)));
      for (String k : keys) {
        walk(key(path, k), b.get(k), a.get(k), out);
      }
    } else if (before instanceof List<?> b && after instanceof List<?> a) {
      for (int i = 0; i < Math.max(b.size(), a.size()); i++) {
        walk(path + "[" + i + "]", i < b.size() ? b.get(i) : null, i < a.size() ? a.get(i) : null, out);
      }
    } else if (!sameScalar(before, after)) {
      out.add(new FieldChange(path, before, after));
    }
  }

  private static boolean sameScalar(Object before, Object after) {
    if (before == null || after == null) {
      return before == after;
    }
    if (before instanceof Map || before instanceof List || after instanceof Map || after instanceof List) {
      return false;
    }
    return String.valueOf(before).equals(String.valueOf(after));
  }

  private static String key(String parent, String key) {
    String child = FieldPath.isPlainKey(key) ? key : "['" + key + "']";
    if (parent.isEmpty()) {
      return child;
    }
    return child.startsWith("[") ? parent + child : parent + "." + child;
  }
}
