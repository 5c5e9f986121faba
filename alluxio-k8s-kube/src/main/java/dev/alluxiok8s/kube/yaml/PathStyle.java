package dev.alluxiok8s.kube.yaml;

import dev.alluxiok8s.kube.diagnostic.PathJoiner;

/**
 * How a reader spells the paths of its {@link YamlDocument#positions() position index} and of its
 * problems, so each caller finds positions by the paths its own messages use.
 */
public interface PathStyle {

  /** The path of the entry {@code key} of the mapping at {@code parent}. */
  String key(String parent, String key);

  /** The path of item {@code index} of the list at {@code parent}. */
  String index(String parent, int index);

  /** The path one step up from a non-empty {@code path}; empty for a top-level key. */
  String parent(String path);

  /**
   * Attribute paths as users read them in spec and values messages ({@link PathJoiner}):
   * {@code spec.levels[1].quota}, {@code properties."alluxio.user.file.writetype.default"}.
   */
  PathStyle ATTRIBUTES = new PathStyle() {
    @Override
    public String key(String parent, String key) {
      return PathJoiner.key(parent, key);
    }

    @Override
    public String index(String parent, int index) {
      return PathJoiner.index(parent, index);
    }

    /** {@code a.b[2]} -> {@code a.b}; {@code a."x.y"} -> {@code a}; {@code a} -> empty. */
    @Override
    public String parent(String path) {
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
        end = Math.max(Math.max(path.lastIndexOf('.'), path.lastIndexOf(']') + 1), 0);
      }
      String parent = path.substring(0, end);
      return parent.endsWith(".") ? parent.substring(0, parent.length() - 1) : parent;
    }
  };
}
