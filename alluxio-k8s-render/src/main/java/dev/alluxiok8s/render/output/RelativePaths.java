package dev.alluxiok8s.render.output;

import java.nio.file.Path;

/**
 * The file names the caller asks for: relative, {@code /}-separated, and unable to escape the
 * output folder or to overwrite the marker, on any operating system.
 */
final class RelativePaths {

  private RelativePaths() {}

  /** Refuses {@code relativePath} unless it stays inside the folder {@code target}. */
  static void check(Path target, String relativePath) throws UnsafePathException {
    if (relativePath.isEmpty()) {
      throw new UnsafePathException(target, relativePath, "the path is empty");
    }
    if (relativePath.startsWith("/") || relativePath.indexOf('\\') >= 0
        || relativePath.indexOf(':') >= 0 || relativePath.indexOf('\0') >= 0) {
      throw new UnsafePathException(
          target, relativePath, "only relative paths with '/' separators are allowed");
    }
    for (String segment : relativePath.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new UnsafePathException(
            target, relativePath, "empty, '.' and '..' path segments are not allowed");
      }
    }
    if (relativePath.equals(FolderMarker.FILE_NAME)) {
      throw new UnsafePathException(
          target, relativePath, "that name is reserved for the alluxio-k8s marker file");
    }
  }

  /** {@code relativePath}, already {@linkplain #check checked}, inside {@code base}. */
  static Path resolve(Path base, String relativePath) {
    Path resolved = base;
    for (String segment : relativePath.split("/", -1)) {
      resolved = resolved.resolve(segment);
    }
    return resolved;
  }
}
