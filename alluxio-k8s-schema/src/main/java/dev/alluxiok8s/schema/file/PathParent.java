package dev.alluxiok8s.schema.file;

/** The parent of an attribute path written by {@link dev.alluxiok8s.kube.diagnostic.PathJoiner}. */
final class PathParent {

  private PathParent() {}

  /** {@code a.b[2]} -> {@code a.b}; {@code a."x.y"} -> {@code a}; {@code a} -> empty. */
  static String of(String path) {
    if (path.endsWith("]")) {
      return path.substring(0, path.lastIndexOf('['));
    }
    int end;
    if (path.endsWith("\"")) {
      int open = path.length() - 2;
      while (open >= 0 && !(path.charAt(open) == '"' && (open == 0 || path.charAt(open - 1) != '\\'))) {
        open--;
      }
      end = Math.max(open, 0);
    } else {
      end = Math.max(path.lastIndexOf('.'), path.lastIndexOf(']') + 1);
      end = Math.max(end, 0);
    }
    String parent = path.substring(0, end);
    return parent.endsWith(".") ? parent.substring(0, parent.length() - 1) : parent;
  }
}
