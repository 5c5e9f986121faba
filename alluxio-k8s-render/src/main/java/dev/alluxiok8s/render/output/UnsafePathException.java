package dev.alluxiok8s.render.output;

import java.nio.file.Path;

/**
 * A file name would land outside the output folder, or is not a plain relative path with {@code
 * /} separators.
 */
public final class UnsafePathException extends OutputException {

  private final String relativePath;

  UnsafePathException(Path folder, String relativePath, String reason) {
    super(folder, "cannot write \"" + relativePath + "\" into " + folder + ": " + reason, null);
    this.relativePath = relativePath;
  }

  /** The offending relative path, as the caller gave it. */
  public String relativePath() {
    return relativePath;
  }
}
