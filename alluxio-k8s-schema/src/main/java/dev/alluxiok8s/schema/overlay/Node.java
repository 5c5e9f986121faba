package dev.alluxiok8s.schema.overlay;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.yaml.PathStyle;
import dev.alluxiok8s.kube.yaml.YamlDocument;
import dev.alluxiok8s.kube.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A spec tree whose every node carries where it was written. A {@link YamlDocument} keys its
 * positions by path, and merging changes paths (an overlay's second tier level may become the
 * merged tree's fourth), so the merge works on nodes that hold their own location and
 * {@link #toDocument} gives the paths back afterwards.
 */
sealed interface Node {

  SourceLocation at();

  /** A mapping, in file order; an overlay's new keys come after the base's. */
  record Mapping(SourceLocation at, Map<String, Node> entries) implements Node {}

  record Sequence(SourceLocation at, List<Node> items) implements Node {}

  record Scalar(SourceLocation at, YamlScalar value) implements Node {}

  /** The tree of {@code document} (whose root is a mapping), with its positions moved onto the nodes. */
  static Mapping of(YamlDocument document) {
    return (Mapping) of(document.root(), "", document);
  }

  private static Node of(Object value, String path, YamlDocument document) {
    SourceLocation at = document.locate(path).orElse(document.start());
    if (value instanceof Map<?, ?> map) {
      Map<String, Node> entries = new LinkedHashMap<>();
      map.forEach((k, v) -> entries.put(String.valueOf(k), of(v, document.style().key(path, String.valueOf(k)), document)));
      return new Mapping(at, entries);
    }
    if (value instanceof List<?> list) {
      List<Node> items = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        items.add(of(list.get(i), document.style().index(path, i), document));
      }
      return new Sequence(at, items);
    }
    // The spec scan refuses nulls and types no scalar, so every leaf is a YamlScalar.
    return new Scalar(at, (YamlScalar) value);
  }

  /** The plain tree and positions of {@code root}, as a document that starts at {@code start}. */
  static YamlDocument toDocument(Mapping root, SourceLocation start, PathStyle style) {
    Map<String, SourceLocation> positions = new LinkedHashMap<>();
    Object tree = plain(root, "", style, positions);
    return new YamlDocument(tree, positions, start, style);
  }

  private static Object plain(Node node, String path, PathStyle style, Map<String, SourceLocation> positions) {
    positions.put(path, node.at());
    if (node instanceof Mapping m) {
      Map<String, Object> map = new LinkedHashMap<>();
      m.entries().forEach((k, v) -> map.put(k, plain(v, style.key(path, k), style, positions)));
      return map;
    }
    if (node instanceof Sequence s) {
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < s.items().size(); i++) {
        list.add(plain(s.items().get(i), style.index(path, i), style, positions));
      }
      return list;
    }
    return ((Scalar) node).value();
  }
}
