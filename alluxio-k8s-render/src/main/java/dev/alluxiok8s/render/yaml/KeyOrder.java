package dev.alluxiok8s.render.yaml;

import java.util.List;

/**
 * The keys that lead every Kubernetes object, in the order people expect to read them
 * ({@code kubectl} and hand-written manifests put identity first, then the payload).
 */
final class KeyOrder {

  private static final List<String> LEADING =
      List.of("apiVersion", "kind", "metadata", "name", "namespace", "spec", "data", "stringData");

  private KeyOrder() {}

  /** The rank of {@code key}: its position among the leading keys, or after all of them. */
  static int priority(String key) {
    int index = LEADING.indexOf(key);
    return index >= 0 ? index : LEADING.size();
  }
}
