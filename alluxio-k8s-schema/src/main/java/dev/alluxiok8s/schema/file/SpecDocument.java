package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.yaml.PathStyle;
import dev.alluxiok8s.model.AlluxioCluster;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A spec file as read: the cluster, and where each attribute the file gives was written. Findings
 * about the cluster that name an attribute path (a rendered object's, traced back to the spec by
 * the renderer) are then reported at that attribute's line and column.
 *
 * <pre>{@code
 * SpecDocument document = SpecReader.create().readDocument(Path.of("alluxio.yaml"));
 * report.map(document::locate).errors().forEach(...);
 * }</pre>
 *
 * @param cluster the valid cluster
 * @param source the file name as given when reading
 * @param locations where each written attribute starts, by attribute path ({@code spec.workers.hostNetwork})
 */
public record SpecDocument(AlluxioCluster cluster, String source, Map<String, SourceLocation> locations) {

  public SpecDocument {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(source, "source");
    locations = Map.copyOf(locations);
  }

  /**
   * Where the attribute at {@code path} starts, or where its nearest written ancestor does when
   * the file leaves it to its default ({@code spec} for an unwritten {@code spec.workers.hostNetwork}).
   */
  public SourceLocation nearest(String path) {
    return nearest(source, path, p -> Optional.ofNullable(locations.get(p)));
  }

  /**
   * {@code diagnostic} with the location of its attribute path in this file, unless it already
   * has a location, names no attribute, or speaks of a rendered object's own path (which this
   * file does not hold). When the file writes the attribute, its value is not a default even if
   * it equals one, so a default note is dropped.
   */
  public Diagnostic locate(Diagnostic diagnostic) {
    if (diagnostic.location().isPresent() || diagnostic.path().isEmpty() || diagnostic.isAtObjectPath()) {
      return diagnostic;
    }
    Diagnostic located = diagnostic.at(nearest(diagnostic.path()));
    return locations.containsKey(diagnostic.path()) ? located.withDefaultNote("") : located;
  }

  /** The location of {@code path} or its nearest ancestor that {@code located} knows; the file's start at worst. */
  static SourceLocation nearest(String source, String path, Function<String, Optional<SourceLocation>> located) {
    String p = path;
    while (true) {
      Optional<SourceLocation> at = located.apply(p);
      if (at.isPresent()) {
        return at.get();
      }
      if (p.isEmpty()) {
        return new SourceLocation(source, 1, 1);
      }
      p = PathStyle.ATTRIBUTES.parent(p);
    }
  }
}
