package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.values.ValueNode;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What the top-level {@code properties} hold once sorted: the free properties that go to the
 * ConfigMap as they are, the ones alluxio-k8s reads into typed attributes (by name, with their
 * values' positions), and the literal credentials that go into the generated Secret.
 */
record GlobalProperties(SortedMap<String, String> properties, Map<String, ValueNode> managed,
    SortedMap<String, String> credentials) {

  /** The value of a property read into a typed attribute, if the file sets it. */
  Optional<ValueNode> get(String key) {
    return Optional.ofNullable(managed.get(key));
  }
}
