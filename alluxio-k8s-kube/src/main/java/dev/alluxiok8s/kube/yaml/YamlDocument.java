package dev.alluxiok8s.kube.yaml;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.util.Map;
import java.util.Optional;

/**
 * One document of a YAML stream: its tree ({@code Map<String, Object>} in file order, {@code List},
 * scalars as the {@link YamlSettings.Scalars} setting types them, null) and where each node was
 * written. A mapping entry is placed where its key starts, a list item where the item starts.
 *
 * @param root the tree; null for an empty document
 * @param positions path (in the reader's {@link PathStyle}) to where the node starts
 * @param start where the document starts
 * @param style how {@code positions} spells paths
 */
public record YamlDocument(Object root, Map<String, SourceLocation> positions, SourceLocation start,
    PathStyle style) {

  /**
   * Where the node at {@code path} was written, or else its nearest written ancestor (a missing
   * field is reported where its mapping is); empty only when not even the root is known.
   */
  public Optional<SourceLocation> locate(String path) {
    String p = path;
    while (true) {
      SourceLocation at = positions.get(p);
      if (at != null) {
        return Optional.of(at);
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      p = style.parent(p);
    }
  }
}
