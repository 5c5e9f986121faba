package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.util.Objects;

/**
 * One thing wrong with a spec file: where it is, the attribute path it concerns (empty for
 * problems of the file as a whole) and what is wrong.
 */
public record SpecProblem(SourceLocation location, String path, String message) {

  public SpecProblem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** {@code alluxio.yaml:12:5: error: spec.masters.count: must be between 1 and 99, got 0}. */
  public String format() {
    return location + ": error: " + (path.isEmpty() ? "" : path + ": ") + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
