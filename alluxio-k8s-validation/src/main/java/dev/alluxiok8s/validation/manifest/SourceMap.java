package dev.alluxiok8s.validation.manifest;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.validation.finding.SourceLocator;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of one YAML document was written: rendered JSON path to 1-based line and column. A
 * path without an entry of its own (a field that is missing, for example) resolves to its closest
 * ancestor, so every finding on a file-backed object gets a location.
 */
public final class SourceMap implements SourceLocator {

  private final String file;
  private final Map<String, long[]> positions;
  private final String prefix;

  SourceMap(String file, Map<String, long[]> positions, String prefix) {
    this.file = file;
    this.positions = positions;
    this.prefix = prefix;
  }

  /** The same document seen from the element at {@code itemPath} (used for items of a List). */
  SourceMap at(String itemPath) {
    return new SourceMap(file, positions, join(prefix, itemPath));
  }

  /** The file or stream name. */
  public String file() {
    return file;
  }

  @Override
  public Optional<SourceLocation> locate(String path) {
    String p = join(prefix, path);
    while (true) {
      long[] pos = positions.get(p);
      if (pos != null) {
        return Optional.of(new SourceLocation(file, (int) pos[0], (int) pos[1]));
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      p = parentOf(p);
    }
  }

  private static String join(String prefix, String path) {
    if (prefix.isEmpty()) {
      return path;
    }
    if (path.isEmpty()) {
      return prefix;
    }
    return path.startsWith("[") ? prefix + path : prefix + "." + path;
  }

  /** The rendered parent of a rendered path: strips one {@code .key}, {@code [i]} or {@code ['key']}. */
  static String parentOf(String p) {
    if (p.endsWith("']")) {
      int open = p.lastIndexOf("['");
      return p.substring(0, open);
    }
    if (p.endsWith("]")) {
      return p.substring(0, p.lastIndexOf('['));
    }
    int dot = p.lastIndexOf('.');
    int bracket = p.lastIndexOf(']');
    return dot > bracket ? p.substring(0, dot) : bracket >= 0 ? p.substring(0, bracket + 1) : "";
  }
}
