package dev.alluxiok8s.validation.finding;

import java.util.regex.Pattern;

/**
 * An immutable JSON path into a manifest, rendered the way the API server names fields:
 * {@code spec.template.spec.containers[0].ports[1].name}. Keys that are not plain identifiers (label
 * keys such as {@code app.kubernetes.io/name}) are rendered in brackets: {@code
 * metadata.labels['app.kubernetes.io/name']}.
 *
 * <p>Paths are linked lists so that walking a tree costs one small allocation per node and the string is
 * only built when a finding needs it.
 */
public final class FieldPath {

  /** The object itself. Renders as the empty string. */
  public static final FieldPath ROOT = new FieldPath(null, null, -1);

  /** What {@link #isPlainKey} accepts (kept as the specification; a test checks they agree). */
  static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

  private final FieldPath parent;
  private final String key;
  private final int index;
  private String rendered;

  private FieldPath(FieldPath parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  /** Parses a rendered path back (used to address fixtures in tests and by locators). */
  public static FieldPath parse(String path) {
    FieldPath p = ROOT;
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        if (path.startsWith("['", i)) {
          int end = path.indexOf("']", i + 2);
          p = p.field(path.substring(i + 2, end));
          i = end + 2;
        } else {
          int end = path.indexOf(']', i);
          p = p.index(Integer.parseInt(path.substring(i + 1, end)));
          i = end + 1;
        }
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        p = p.field(path.substring(i, end));
        i = end;
      }
    }
    return p;
  }

  /** The path of the member {@code name} of the object at this path. */
  public FieldPath field(String name) {
    return new FieldPath(this, name, -1);
  }

  /** The path of element {@code i} of the list at this path. */
  public FieldPath index(int i) {
    return new FieldPath(this, null, i);
  }

  /** The enclosing path, or {@link #ROOT} for a root. */
  public FieldPath parent() {
    return parent == null ? ROOT : parent;
  }

  /** The last field name, or null when this path ends in a list index or is the root. */
  public String lastKey() {
    return key;
  }

  /** True for {@link #ROOT}. */
  public boolean isRoot() {
    return parent == null;
  }

  @Override
  public String toString() {
    String r = rendered;
    if (r == null) {
      r = parent == null ? "" : render();
      rendered = r;
    }
    return r;
  }

  private String render() {
    String prefix = parent.toString();
    if (key == null) {
      return prefix + "[" + index + "]";
    }
    if (!isPlainKey(key)) {
      return prefix + "['" + key + "']";
    }
    return prefix.isEmpty() ? key : prefix + "." + key;
  }

  /** {@link #PLAIN_KEY} without a regex: paths are rendered for every pod template looked up. */
  public static boolean isPlainKey(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '$';
      boolean ok = i == 0 ? letter : letter || (c >= '0' && c <= '9') || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath other && other.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
