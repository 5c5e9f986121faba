package dev.alluxiok8s.upgrade.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small readers of plain object trees that answer empty values instead of nulls. */
public final class ObjectTrees {

  private ObjectTrees() {}

  /** The map at {@code key}, or an empty map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Map<String, Object> parent, String key) {
    return parent != null && parent.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** The maps of the list at {@code key}; other items are skipped. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> maps(Map<String, Object> parent, String key) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (parent != null && parent.get(key) instanceof List<?> list) {
      for (Object item : list) {
        out.add(item instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
      }
    }
    return out;
  }

  /** The text of a scalar at {@code key}, or empty. */
  public static String text(Map<String, Object> parent, String key) {
    Object v = parent == null ? null : parent.get(key);
    return v == null || v instanceof Map || v instanceof List ? "" : String.valueOf(v);
  }

  /** A deep copy of {@code tree} without the map entries whose value is null. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> withoutNulls(Map<String, Object> tree) {
    Map<String, Object> out = new LinkedHashMap<>();
    tree.forEach((k, v) -> {
      if (v != null) {
        out.put(k, copy(v));
      }
    });
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object copy(Object v) {
    if (v instanceof Map<?, ?> m) {
      return withoutNulls((Map<String, Object>) m);
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object item : l) {
        out.add(item == null ? null : copy(item));
      }
      return out;
    }
    return v;
  }
}
