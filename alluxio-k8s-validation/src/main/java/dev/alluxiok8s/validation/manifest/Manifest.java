package dev.alluxiok8s.validation.manifest;

import dev.alluxiok8s.validation.finding.SourceLocator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Kubernetes object to validate: a plain tree ({@code Map<String,Object>} with {@code List},
 * {@code String}, {@code Boolean}, {@code Number} and null leaves) and, when it came from a file, where
 * each of its nodes was written.
 *
 * <pre>{@code
 * Manifest fromRenderer = Manifest.of(tree);
 * List<Manifest> fromFiles = Manifests.read(Path.of("deploy/"));
 * }</pre>
 */
public final class Manifest {

  private final Map<String, Object> tree;
  private final String sourceName;
  private final SourceLocator locator;

  private Manifest(Map<String, Object> tree, String sourceName, SourceLocator locator) {
    this.tree = Objects.requireNonNull(tree, "tree");
    this.sourceName = sourceName;
    this.locator = locator;
  }

  /** An object built in memory (for example by the renderer), without a source file. */
  public static Manifest of(Map<String, Object> tree) {
    return new Manifest(tree, null, SourceLocator.NONE);
  }

  /** An object read by {@link Manifests}, with the positions of its nodes. */
  public static Manifest of(Map<String, Object> tree, SourceMap locations) {
    return new Manifest(tree, locations.file(), locations);
  }

  /**
   * An object from another reader: {@code sourceName} names where it came from and {@code locator} maps
   * its JSON paths to positions (use {@link SourceLocator#NONE} when there are none).
   */
  public static Manifest of(Map<String, Object> tree, String sourceName, SourceLocator locator) {
    return new Manifest(tree, Objects.requireNonNull(sourceName, "sourceName"), Objects.requireNonNull(locator, "locator"));
  }

  /** The object as a plain tree. Validators only read it. */
  public Map<String, Object> tree() {
    return tree;
  }

  /** The file or stream it was read from, if any. */
  public Optional<String> sourceName() {
    return Optional.ofNullable(sourceName);
  }

  /** Finds where a path of this object was written; answers empty for in-memory objects. */
  public SourceLocator locator() {
    return locator;
  }
}
