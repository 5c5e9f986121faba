package dev.alluxiok8s.upgrade.text;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A field's value in one line for a finding: strings quoted and escaped (nothing from the input
 * can break the line or pass for another field), maps and lists in flow style, long values cut.
 */
public final class Values {

  private static final int MAX = 120;

  private Values() {}

  /** {@code value} in one line; empty for null (no value). */
  public static String show(Object value) {
    if (value == null) {
      return "";
    }
    String text = flow(value);
    return text.length() > MAX ? text.substring(0, MAX) + "..." : text;
  }

  private static String flow(Object value) {
    if (value instanceof Map<?, ?> m) {
      StringJoiner j = new StringJoiner(", ", "{", "}");
      m.forEach((k, v) -> j.add(quote(String.valueOf(k)) + ": " + flow(v)));
      return j.toString();
    }
    if (value instanceof List<?> l) {
      StringJoiner j = new StringJoiner(", ", "[", "]");
      l.forEach(v -> j.add(flow(v)));
      return j.toString();
    }
    return value instanceof String s ? quote(s) : String.valueOf(value);
  }

  /** A string in double quotes, with quotes, backslashes and control characters escaped. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (Character.isISOControl(c)) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
