package dev.alluxiok8s.kube.diagnostic;

import java.util.Objects;

/**
 * A position in a manifest file, 1-based like compilers and editors print it; or, for a value
 * given on the command line rather than in a file ({@code --set spec.masters.count=5}), that
 * argument as the user typed it, with no line or column ({@link #argument}).
 *
 * @param file the file name or stream name given when reading
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column) {

  /** Checks that the position is 1-based (or 0:0 for an {@link #argument}). */
  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if ((line < 1 || column < 1) && (line != 0 || column != 0)) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /**
   * A command-line argument that gave a value, printed as it was typed: a user recognises {@code
   * --set spec.masters.count=4} where a line number would point nowhere. Line and column are 0, so
   * it sorts before the lines of any file.
   */
  public static SourceLocation argument(String text) {
    return new SourceLocation(text, 0, 0);
  }

  /** Whether this is a command-line {@link #argument} rather than a place in a file. */
  public boolean isArgument() {
    return line == 0;
  }

  /** {@code file:line:column}, or the argument alone. */
  @Override
  public String toString() {
    return isArgument() ? file : file + ":" + line + ":" + column;
  }
}
