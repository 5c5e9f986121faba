package dev.alluxiok8s.helm;

import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.helm.values.Values;
import dev.alluxiok8s.kube.names.DidYouMean;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every key of a values file against the chart line's {@link KeyCatalog}: unknown keys are
 * errors with a "did you mean"; keys of the other chart line and keys the chart ignores are
 * warnings; keys of features alluxio-k8s does not offer are errors when set, so nothing the user
 * wrote is dropped without a word.
 */
final class KeyCheck {

  private final Values values;
  private final KeyCatalog catalog;
  private final KeyCatalog other;
  private final ChartLine line;

  KeyCheck(Values values, ChartLine line) {
    this.values = values;
    this.line = line;
    this.catalog = line.catalog();
    this.other = line.other().catalog();
  }

  void run() {
    walk(values.root(), "");
  }

  private void walk(ValueNode node, String pattern) {
    boolean list = catalog.find(pattern + "[]").isPresent();
    boolean block = !pattern.isEmpty() && !catalog.childrenOf(pattern).isEmpty();
    if (node instanceof ValueNode.Null) {
      return;
    }
    if (list) {
      if (node instanceof ValueNode.Sequence q) {
        q.items().forEach(item -> walk(item, pattern + "[]"));
      } else {
        values.error(node, "expected a list, got " + node.kind());
      }
      return;
    }
    if (block && !(node instanceof ValueNode.Mapping)) {
      // Otherwise a block written as a scalar ("master: 3") would silently mean nothing.
      values.error(node, "expected a mapping of " + String.join(", ", catalog.childrenOf(pattern)) + ", got " + node.kind());
      return;
    }
    if (!(node instanceof ValueNode.Mapping m) || (!pattern.isEmpty() && !block)) {
      return;
    }
    for (Map.Entry<String, ValueNode> e : m.entries().entrySet()) {
      String childPattern = pattern.isEmpty() ? e.getKey() : pattern + "." + e.getKey();
      ValueNode child = e.getValue();
      Optional<KeyCatalog.Key> key = catalog.find(childPattern);
      if (key.isEmpty()) {
        unknown(child, pattern, e.getKey(), childPattern);
        continue;
      }
      switch (key.get().use()) {
        case MAPPED -> walk(child, childPattern);
        case FREE -> { }
        case IGNORED -> {
          if (!child.isEmpty()) {
            values.warn(child, key.get().note());
          }
        }
      }
    }
  }

  private void unknown(ValueNode child, String parentPattern, String name, String childPattern) {
    if (other.find(childPattern).isPresent() || hasDescendants(other, childPattern)) {
      values.warn(child, "is a key of chart " + line.other().label() + ".x, not of chart " + line.label()
          + ".x, which ignores it; it is not imported (pass the chart version the file was written for)");
      return;
    }
    String suggestion = DidYouMean.closest(name, catalog.childrenOf(parentPattern))
        .map(s -> "; did you mean \"" + s + "\"?").orElse("");
    values.error(child, "unknown key of chart " + line.label() + ".x" + suggestion);
  }

  private static boolean hasDescendants(KeyCatalog catalog, String pattern) {
    return !catalog.childrenOf(pattern).isEmpty();
  }
}
