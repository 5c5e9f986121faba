package dev.alluxiok8s.kube.diagnostic;

import java.util.Objects;

/**
 * A position in a manifest file, 1-based like compilers and editors print it.
 *
 * @param file the file name or stream name given when reading
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column) {

  /** Checks that the position is 1-based. */
  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** {@code file:line:column}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
