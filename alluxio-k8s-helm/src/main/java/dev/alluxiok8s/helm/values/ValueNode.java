package dev.alluxiok8s.helm.values;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value of a values file, with the key path users see in messages ({@code master.count},
 * {@code properties."aws.secretKey"}, {@code tieredstore.levels[1].path}) and where its key (or,
 * for a list item, the item) starts in the file.
 */
public sealed interface ValueNode {

  String path();

  SourceLocation location();

  /** A scalar as written; {@code plain} is false for quoted and block scalars. */
  record Scalar(String path, SourceLocation location, String text, boolean plain) implements ValueNode {}

  /** {@code ~}, {@code null} or nothing: Helm then drops the chart's default for the key. */
  record Null(String path, SourceLocation location) implements ValueNode {}

  /** A mapping, in file order. */
  record Mapping(String path, SourceLocation location, Map<String, ValueNode> entries) implements ValueNode {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
  }

  /** A list. */
  record Sequence(String path, SourceLocation location, List<ValueNode> items) implements ValueNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** Whether the value says nothing: null, an empty string, an empty mapping or list, or {@code false}. */
  default boolean isEmpty() {
    if (this instanceof Scalar s) {
      return s.text().isEmpty() || (s.plain() && s.text().equals("false"));
    }
    if (this instanceof Mapping m) {
      return m.entries().isEmpty();
    }
    if (this instanceof Sequence q) {
      return q.items().isEmpty();
    }
    return true;
  }

  /** What kind of value this is, for messages. */
  default String kind() {
    if (this instanceof Scalar) {
      return "a scalar";
    }
    if (this instanceof Mapping) {
      return "a mapping";
    }
    return this instanceof Sequence ? "a list" : "nothing";
  }
}
