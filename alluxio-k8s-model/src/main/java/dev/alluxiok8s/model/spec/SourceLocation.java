package dev.alluxiok8s.model.spec;

import java.util.Objects;

/** A place in a spec file: its name as the user gave it, and a 1-based line and column. */
public record SourceLocation(String source, int line, int column) {

  public SourceLocation {
    Objects.requireNonNull(source, "source");
  }

  /** {@code alluxio.yaml:12:5}, the prefix of a compiler-style message. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
