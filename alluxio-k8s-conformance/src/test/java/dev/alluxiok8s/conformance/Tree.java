package dev.alluxiok8s.conformance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading a parsed Kubernetes object ({@code Map}/{@code List} tree) without casts everywhere. */
final class Tree {

  private Tree() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> tree, String... path) {
    Object node = at(tree, path);
    return node == null ? Map.of() : (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> tree, String... path) {
    Object node = at(tree, path);
    return node == null ? List.of() : (List<Map<String, Object>>) node;
  }

  @SuppressWarnings("unchecked")
  static List<String> strings(Map<String, Object> tree, String... path) {
    Object node = at(tree, path);
    return node == null ? List.of() : ((List<Object>) node).stream().map(String::valueOf).toList();
  }

  static Optional<String> string(Map<String, Object> tree, String... path) {
    return Optional.ofNullable(at(tree, path)).map(String::valueOf);
  }

  static String name(Map<String, Object> object) {
    return string(object, "metadata", "name").orElseThrow();
  }

  static String kind(Map<String, Object> object) {
    return string(object, "kind").orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> tree, String... path) {
    Object node = tree;
    for (String key : path) {
      if (!(node instanceof Map)) {
        return null;
      }
      node = ((Map<String, Object>) node).get(key);
    }
    return node;
  }
}
