package dev.alluxiok8s.validation.finding;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.util.Optional;

/** Finds where a JSON path of one object was written, for objects read from files. */
@FunctionalInterface
public interface SourceLocator {

  /** A locator for objects that were not read from a file. */
  SourceLocator NONE = path -> Optional.empty();

  /**
   * The location of the node at {@code path}, or of its closest ancestor that has one.
   *
   * @param path a path as rendered by {@link FieldPath#toString()}
   * @return the location, empty when the object has no source
   */
  Optional<SourceLocation> locate(String path);
}
