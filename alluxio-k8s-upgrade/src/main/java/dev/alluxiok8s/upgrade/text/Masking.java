package dev.alluxiok8s.upgrade.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides credentials before anything is compared or printed: every value of a Secret's
 * {@code data} and {@code stringData}, and credential-like assignments in text
 * ({@code -Daws.secretKey=...} in a ConfigMap or an env value, as Alluxio's chart writes them),
 * and env values whose name says they hold a credential. The new side shows
 * {@value #CHANGED} where its hidden value differs from the old side's, so a rotated key is
 * still visible as a change without either value being printed.
 *
 * <pre>{@code
 * Map<String, Object> shownOld = Masking.mask(oldTree, newTree, false);
 * Map<String, Object> shownNew = Masking.mask(newTree, oldTree, true);
 * }</pre>
 */
public final class Masking {

  /** What replaces a hidden value. */
  public static final String HIDDEN = "(hidden)";
  /** What replaces a hidden value of the new side that differs from the old side's. */
  public static final String CHANGED = "(hidden, changed)";

  /** Names that hold credentials: password, secret, access key, token, credential, api or private key. */
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i)passw(or)?d|secret|access[-_.]?key|token|credential|api[-_.]?key|private[-_.]?key");
  /**
   * {@code -Dname=value} or {@code name=value} inside a longer text. The value stops at a quote,
   * so a quoted assignment keeps its closing quote when its value is hidden.
   */
  private static final Pattern ASSIGNMENT = Pattern.compile("(^|[\\s\"'])(-D)?([A-Za-z0-9_.\\-]+)=([^\\s\"']*)");

  private Masking() {}

  /**
   * A copy of {@code tree} with its credentials hidden.
   *
   * @param counterpart the same object on the other side (an empty map when there is none)
   * @param isNew whether {@code tree} is the new side, which marks values that changed
   */
  public static Map<String, Object> mask(Map<String, Object> tree, Map<String, Object> counterpart, boolean isNew) {
    Map<String, Object> out = copyMasked(tree, counterpart, isNew);
    if ("Secret".equals(tree.get("kind"))) {
      for (String field : List.of("data", "stringData")) {
        if (tree.get(field) instanceof Map<?, ?> data) {
          Map<String, Object> hidden = new LinkedHashMap<>();
          Object other = counterpart.get(field) instanceof Map<?, ?> m ? m : Map.of();
          data.forEach((k, v) -> hidden.put(String.valueOf(k), marker(v, ((Map<?, ?>) other).get(k), isNew)));
          out.put(field, hidden);
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copyMasked(Map<String, Object> tree, Object counterpart, boolean isNew) {
    Map<String, Object> other = counterpart instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    boolean credentialEnv = tree.get("name") instanceof String n && tree.containsKey("value") && SECRET_NAME.matcher(n).find();
    Map<String, Object> out = new LinkedHashMap<>();
    tree.forEach((k, v) -> {
      Object o = other.get(k);
      if (credentialEnv && k.equals("value") && v != null) {
        out.put(k, marker(v, o, isNew));
      } else {
        out.put(k, copy(v, o, isNew));
      }
    });
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object copy(Object v, Object counterpart, boolean isNew) {
    if (v instanceof Map<?, ?> m) {
      return copyMasked((Map<String, Object>) m, counterpart, isNew);
    }
    if (v instanceof List<?> l) {
      List<?> other = counterpart instanceof List<?> ol ? ol : List.of();
      List<Object> out = new ArrayList<>(l.size());
      for (int i = 0; i < l.size(); i++) {
        out.add(copy(l.get(i), i < other.size() ? other.get(i) : null, isNew));
      }
      return out;
    }
    if (v instanceof String s && s.indexOf('=') >= 0) {
      return maskText(s, counterpart instanceof String cs ? cs : "", isNew);
    }
    return v;
  }

  /** {@code text} with the value of each credential-like assignment hidden. */
  static String maskText(String text, String counterpart, boolean isNew) {
    Matcher m = ASSIGNMENT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(3);
      String value = m.group(4);
      String before = assignment(counterpart, name);
      String shown;
      if (SECRET_NAME.matcher(name).find() && !isReference(value)) {
        shown = marker(value, before, isNew);
      } else {
        // The value may itself hold an assignment (JAVA_OPTS=-Daws.secretKey=...): mask inside it.
        shown = value.indexOf('=') >= 0 ? maskText(value, before == null ? "" : before, isNew) : value;
      }
      String replacement = m.group(1) + (m.group(2) == null ? "" : m.group(2)) + name + "=" + shown;
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String assignment(String text, String name) {
    Matcher m = ASSIGNMENT.matcher(text);
    while (m.find()) {
      if (m.group(3).equals(name)) {
        return m.group(4);
      }
    }
    return null;
  }

  private static String marker(Object value, Object counterpart, boolean isNew) {
    return isNew && !Objects.equals(String.valueOf(value), counterpart == null ? null : String.valueOf(counterpart))
        ? CHANGED : HIDDEN;
  }

  /** Values that only point to a credential held elsewhere: ${VAR}, $(VAR), file paths. */
  private static boolean isReference(String value) {
    return value.startsWith("${") || value.startsWith("$(") || value.startsWith("/");
  }
}
