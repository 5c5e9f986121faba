package dev.alluxiok8s.helm;

import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.schema.file.YamlEvents;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/**
 * Builds the tree of a values file from snakeyaml-engine's event stream, the way
 * {@code SpecReader} reads spec files: no recursion (a deeply nested file cannot overflow the
 * stack), bounded size, depth and value length, aliases and duplicate keys refused, and the
 * position of every key kept for messages.
 */
final class ValuesReader {

  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

  private final String source;
  private final ReadLimits limits;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private ValueNode root;

  /** A mapping or list being built, and the key (with its position) waiting for its value. */
  private static final class Frame {
    final String path;
    final SourceLocation location;
    final Map<String, ValueNode> entries; // null for a list
    final List<ValueNode> items = new ArrayList<>();
    String pendingKey;
    SourceLocation pendingKeyLocation;

    Frame(String path, SourceLocation location, boolean mapping) {
      this.path = path;
      this.location = location;
      this.entries = mapping ? new LinkedHashMap<>() : null;
    }

    ValueNode build() {
      return entries != null ? new ValueNode.Mapping(path, location, entries)
          : new ValueNode.Sequence(path, location, items);
    }
  }

  private ValuesReader(String source, ReadLimits limits) {
    this.source = source;
    this.limits = limits;
  }

  /** The root mapping of {@code text}, or the problems that stopped reading it. */
  static Result read(String source, String text, ReadLimits limits) {
    ValuesReader reader = new ValuesReader(source, limits);
    reader.run(text);
    if (reader.problems.isEmpty() && !(reader.root instanceof ValueNode.Mapping)) {
      // An empty file is a valid values file: every key keeps the chart's default.
      if (reader.root == null || reader.root instanceof ValueNode.Null) {
        return new Result(new ValueNode.Mapping("", new SourceLocation(source, 1, 1), Map.of()), List.of());
      }
      reader.problems.add(Diagnostic.error("", "a values file must be a mapping of keys (master:, journal:, properties:, ...), got " + reader.root.kind()).at(reader.root.location()));
    }
    return new Result(reader.problems.isEmpty() ? (ValueNode.Mapping) reader.root : null, List.copyOf(reader.problems));
  }

  /** The tree, or the problems (then the tree is null). */
  record Result(ValueNode.Mapping root, List<Diagnostic> problems) {}

  private void run(String text) {
    YamlEvents.walk(source, text, limits, "pass a single values file", this::visit, problems);
  }

  /** Handles one event; false when reading must stop. */
  private boolean visit(Event event) {
    switch (event.getEventId()) {
      case MappingStart, SequenceStart -> {
        if (stack.size() >= limits.maxDepth()) {
          problem(event, currentPath(), "nesting is deeper than " + limits.maxDepth() + " levels");
          return false;
        }
        return openOrRefuse(event);
      }
      case MappingEnd, SequenceEnd -> close(stack.pop().build());
      case Scalar -> {
        return scalar((ScalarEvent) event);
      }
      case Alias -> {
        String name = ((AliasEvent) event).getAlias().getValue();
        problem(event, currentPath(), "aliases (*" + name + ") are not supported; write the value out");
        return false;
      }
      default -> { }
    }
    return true;
  }

  /** Opens a mapping or list as the value of the pending key or list item; false if it is a key. */
  private boolean openOrRefuse(Event event) {
    Frame parent = stack.peek();
    if (parent != null && parent.entries != null && parent.pendingKey == null) {
      problem(event, parent.path, "keys must be plain strings");
      return false;
    }
    SourceLocation at = parent != null && parent.entries != null ? parent.pendingKeyLocation : location(event);
    stack.push(new Frame(childPath(parent), at, event.getEventId() == Event.ID.MappingStart));
    return true;
  }

  private boolean scalar(ScalarEvent event) {
    Frame parent = stack.peek();
    if (parent != null && parent.entries != null && parent.pendingKey == null) {
      String key = event.getValue();
      SourceLocation at = location(event);
      if (parent.entries.containsKey(key)) {
        problems.add(Diagnostic.error(PathJoiner.key(parent.path, key), "duplicate key \"" + key + "\"").at(at));
        return false;
      }
      parent.pendingKey = key;
      parent.pendingKeyLocation = at;
      return true;
    }
    String path = childPath(parent);
    SourceLocation at = parent != null && parent.entries != null ? parent.pendingKeyLocation : location(event);
    if (event.getValue().length() > limits.maxScalarLength()) {
      problems.add(Diagnostic.error(path, "the value is longer than " + limits.maxScalarLength() + " characters").at(at));
      return false;
    }
    boolean plain = event.isPlain();
    close(plain && NULLS.contains(event.getValue()) ? new ValueNode.Null(path, at)
        : new ValueNode.Scalar(path, at, event.getValue(), plain));
    return true;
  }

  /** Attaches a finished value to its parent, or makes it the root. */
  private void close(ValueNode node) {
    Frame parent = stack.peek();
    if (parent == null) {
      root = node;
    } else if (parent.entries != null) {
      parent.entries.put(parent.pendingKey, node);
      parent.pendingKey = null;
    } else {
      parent.items.add(node);
    }
  }

  private static String childPath(Frame parent) {
    if (parent == null) {
      return "";
    }
    return parent.entries != null ? PathJoiner.key(parent.path, parent.pendingKey)
        : PathJoiner.index(parent.path, parent.items.size());
  }

  private String currentPath() {
    Frame top = stack.peek();
    return top == null ? "" : childPath(top);
  }

  private void problem(Event event, String path, String message) {
    problems.add(Diagnostic.error(path, message).at(location(event)));
  }

  private SourceLocation location(Event event) {
    return YamlEvents.location(source, event);
  }
}
