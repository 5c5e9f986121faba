package dev.alluxiok8s.validation.tree;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed reads from a plain manifest tree ({@code Map<String,Object>}, {@code List<Object>}, {@code String},
 * {@code Boolean}, {@code Number}, and {@code null} for YAML nulls). Every accessor answers null or empty
 * when the node is missing or of another type, so rules never throw on malformed input: the structure
 * pass reports type errors once.
 */
public final class Trees {

  private Trees() {}

  /** The value as a mapping, or null. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> asMap(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  /** The value as a list, or null. */
  @SuppressWarnings("unchecked")
  public static List<Object> asList(Object value) {
    return value instanceof List<?> l ? (List<Object>) l : null;
  }

  /** The member {@code key} of {@code map} as a mapping, or null. */
  public static Map<String, Object> map(Map<String, Object> map, String key) {
    return map == null ? null : asMap(map.get(key));
  }

  /** The member {@code key} of {@code map} as a list, or an empty list. */
  public static List<Object> list(Map<String, Object> map, String key) {
    List<Object> l = map == null ? null : asList(map.get(key));
    return l == null ? List.of() : l;
  }

  /** One object of a list, with its index (for paths). */
  public record Item(int index, Map<String, Object> map) {}

  /** The objects of the list {@code map.key}, with their indexes; elements that are not objects are skipped. */
  public static List<Item> items(Map<String, Object> map, String key) {
    List<Object> l = list(map, key);
    List<Item> out = new ArrayList<>(l.size());
    for (int i = 0; i < l.size(); i++) {
      Map<String, Object> m = asMap(l.get(i));
      if (m != null) {
        out.add(new Item(i, m));
      }
    }
    return out;
  }

  /** The member {@code key} of {@code map} as a string, or null. */
  public static String string(Map<String, Object> map, String key) {
    return map != null && map.get(key) instanceof String s ? s : null;
  }

  /** True when the member {@code key} of {@code map} is {@code true}. */
  public static boolean isTrue(Map<String, Object> map, String key) {
    return map != null && Boolean.TRUE.equals(map.get(key));
  }

  /** The member {@code key} of {@code map} as a long when it is an integral number, or null. */
  public static Long integer(Map<String, Object> map, String key) {
    return map == null ? null : integral(map.get(key));
  }

  /** The value as a long when it is an integral number that fits, or null. */
  public static Long integral(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger b) {
      return b.bitLength() < 64 ? b.longValue() : null;
    }
    if (value instanceof BigDecimal d) {
      try {
        return d.longValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.0e15 ? (long) d : null;
    }
    return null;
  }

  /** A JSON-like type name for messages: string, integer, number, boolean, object, array, null. */
  public static String typeName(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof Number) {
      return integral(value) != null ? "integer" : "number";
    }
    if (value instanceof Map) {
      return "object";
    }
    if (value instanceof List) {
      return "array";
    }
    return value.getClass().getSimpleName();
  }

  /** Quotes a value the way the API server prints it in {@code Invalid value: "x"} messages. */
  public static String quote(Object value) {
    if (value instanceof String s) {
      StringBuilder b = new StringBuilder("\"");
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          case '\n' -> b.append("\\n");
          case '\t' -> b.append("\\t");
          default -> b.append(c);
        }
      }
      return b.append('"').toString();
    }
    if (value instanceof Map || value instanceof List) {
      return typeName(value);
    }
    return String.valueOf(value);
  }
}
