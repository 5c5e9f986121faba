package dev.alluxiok8s.testing;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;
import java.util.Optional;

/** Unified diffs of two texts, golden first, in the format {@code git diff} users read daily. */
final class UnifiedDiffs {

  private static final int CONTEXT_LINES = 3;

  private UnifiedDiffs() {}

  /**
   * The diff from {@code golden} to {@code actual}, or empty when they are equal.
   *
   * @param name the file or object name shown in the header
   * @param golden the expected text, null when the golden lacks it
   * @param actual the rendered text, null when the output lacks it
   */
  static Optional<String> of(String name, String golden, String actual) {
    if (golden != null && golden.equals(actual)) {
      return Optional.empty();
    }
    List<String> before = golden == null ? List.of() : golden.lines().toList();
    List<String> after = actual == null ? List.of() : actual.lines().toList();
    Patch<String> patch = DiffUtils.diff(before, after);
    List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(
        golden == null ? "/dev/null" : "golden/" + name,
        actual == null ? "/dev/null" : "rendered/" + name,
        before, patch, CONTEXT_LINES);
    if (lines.isEmpty()) {
      // Equal lines, different bytes: only the final newline can differ after lines().
      return Optional.of("--- golden/" + name + "\n+++ rendered/" + name + "\n"
          + "(the texts differ only in the newline at the end)\n");
    }
    return Optional.of(String.join("\n", lines) + "\n");
  }
}
