package dev.alluxiok8s.kube.diagnostic;

/** Joins attribute paths in the {@code a.b[0].c} notation that users see in messages. */
public final class PathJoiner {

  private static final java.util.regex.Pattern PLAIN_KEY = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private PathJoiner() {}

  /** {@code join("spec.levels[1]", "quota")} is {@code spec.levels[1].quota}; either side may be empty. */
  public static String join(String parent, String child) {
    if (parent.isEmpty()) {
      return child;
    }
    if (child.isEmpty()) {
      return parent;
    }
    return child.startsWith("[") ? parent + child : parent + "." + child;
  }

  /**
   * The path of the entry {@code key} of the map at {@code mapPath}: {@code nodeSelector.disk}, or
   * {@code properties."alluxio.user.file.writetype.default"} when the key is not a plain word. Inside
   * the quotes a backslash and a quote are escaped with a backslash, so the path reads back
   * unambiguously whatever the key holds ({@code "a\\"} is the key {@code a\}).
   */
  public static String key(String mapPath, String key) {
    return join(mapPath, PLAIN_KEY.matcher(key).matches() ? key
        : "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
  }

  /** The path of element {@code index} of the list at {@code listPath}. */
  public static String index(String listPath, int index) {
    return listPath + "[" + index + "]";
  }
}
