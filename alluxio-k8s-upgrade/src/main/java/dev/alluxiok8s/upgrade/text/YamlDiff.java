package dev.alluxiok8s.upgrade.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.alluxiok8s.render.yaml.YamlWriter;
import java.util.List;
import java.util.Map;

/**
 * A unified diff of one object's YAML, both sides written by the same deterministic writer so
 * only changed fields show, never their key order or quoting. Callers pass masked trees (see
 * {@link Masking}).
 */
public final class YamlDiff {

  private static final int CONTEXT_LINES = 3;
  private static final YamlWriter YAML = new YamlWriter();

  private YamlDiff() {}

  /**
   * The diff of an object named {@code name} (kind/namespace/name), or an empty string when equal.
   *
   * @param before the old tree, null when the object is new
   * @param after the new tree, null when the object was removed
   */
  public static String of(String name, Map<String, Object> before, Map<String, Object> after) {
    List<String> a = before == null ? List.of() : YAML.writeTree(before).lines().toList();
    List<String> b = after == null ? List.of() : YAML.writeTree(after).lines().toList();
    if (a.equals(b)) {
      return "";
    }
    Patch<String> patch = DiffUtils.diff(a, b);
    List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(before == null ? "/dev/null" : "a/" + name,
        after == null ? "/dev/null" : "b/" + name, a, patch, CONTEXT_LINES);
    return String.join("\n", lines) + "\n";
  }
}
