package dev.alluxiok8s.upgrade.plan;

import java.util.regex.Pattern;

/**
 * Quotes words from the input (object names, namespaces, label selectors) for a POSIX shell, so a
 * step's command never runs something a manifest smuggled into a name.
 */
public final class Shell {

  /** Words made only of these characters mean the same quoted or not. */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+");

  private Shell() {}

  /** {@code word} as is when it is safe, else in single quotes with each {@code '} written {@code '\''}. */
  public static String quote(String word) {
    if (SAFE.matcher(word).matches()) {
      return word;
    }
    StringBuilder b = new StringBuilder("'");
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\'') {
        b.append("'\\''");
      } else if (Character.isISOControl(c)) {
        // No valid Kubernetes name holds one; shown escaped so a printed line stays one line.
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('\'').toString();
  }

  /** {@code -n NAMESPACE } for a namespaced command, or nothing when the object has no namespace (kubectl's current one). */
  public static String namespace(String namespace) {
    return namespace.isEmpty() ? "" : " -n " + quote(namespace);
  }
}
