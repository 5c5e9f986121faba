package dev.alluxiok8s.model.spec;

import dev.alluxiok8s.model.check.PathJoiner;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * A first pass over a spec file's YAML events, before any data binding. It refuses what data
 * binding would mishandle or could be attacked through (aliases, which Jackson turns into the
 * anchor's name; deep nesting; huge values; duplicate keys; several documents; empty values), and
 * it records where every attribute path starts so later errors can name a line and column.
 *
 * <p>It works on the event stream, which snakeyaml-engine produces without recursion, so a
 * deeply nested file cannot overflow the stack here.
 */
final class DocumentScan {

  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

  private final String source;
  private final ReadLimits limits;
  private final Map<String, Mark> starts = new HashMap<>();
  private final List<SpecProblem> problems = new ArrayList<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private boolean sawRoot;

  private static final class Frame {
    final boolean mapping;
    final String path;
    final Map<String, Mark> keys = new HashMap<>();
    int nextIndex;
    String pendingKey;

    Frame(boolean mapping, String path) {
      this.mapping = mapping;
      this.path = path;
    }
  }

  private DocumentScan(String source, ReadLimits limits) {
    this.source = source;
    this.limits = limits;
  }

  /** Scans {@code text}; the result holds the positions and every problem found. */
  static DocumentScan of(String source, String text, ReadLimits limits) {
    DocumentScan scan = new DocumentScan(source, limits);
    scan.run(text);
    return scan;
  }

  /** Whether the file gives the attribute at {@code path}. */
  boolean has(String path) {
    return starts.containsKey(path);
  }

  List<SpecProblem> problems() {
    return problems;
  }

  /** Where the attribute at {@code path} (or its nearest written ancestor) starts. */
  SourceLocation locationOf(String path) {
    String p = path;
    while (true) {
      Mark mark = starts.get(p);
      if (mark != null) {
        return location(mark);
      }
      if (p.isEmpty()) {
        return new SourceLocation(source, 1, 1);
      }
      p = PathParent.of(p);
    }
  }

  private void run(String text) {
    YamlEvents.walk(source, text, limits, "a spec file holds exactly one cluster", this::visit, problems);
    if (problems.isEmpty() && !sawRoot) {
      problems.add(new SpecProblem(new SourceLocation(source, 1, 1), "",
          "the file is empty; a spec starts with apiVersion: alluxio-k8s.dev/v1alpha1 and kind: AlluxioCluster"));
    }
  }

  /** Handles one event; false when scanning must stop. */
  private boolean visit(Event event) {
    switch (event.getEventId()) {
      case MappingStart, SequenceStart -> {
        String path = node(event);
        if (path == null) {
          return false;
        }
        if (stack.size() >= limits.maxDepth()) {
          add(event, path, "nesting is deeper than " + limits.maxDepth() + " levels");
          return false;
        }
        stack.push(new Frame(event.getEventId() == Event.ID.MappingStart, path));
      }
      case MappingEnd, SequenceEnd -> stack.pop();
      case Scalar -> {
        return node(event) != null;
      }
      case Alias -> {
        String name = ((AliasEvent) event).getAlias().getValue();
        add(event, currentPath(), "aliases (*" + name + ") are not supported in a spec file; write the value out");
        return false;
      }
      default -> { }
    }
    return true;
  }

  /**
   * Places a node event: records a key, or the start of a value. Returns the value's path, or
   * null when the node is refused and scanning must stop.
   */
  private String node(Event event) {
    Frame parent = stack.peek();
    if (parent == null) {
      sawRoot = true;
      if (event.getEventId() != Event.ID.MappingStart) {
        add(event, "", "a spec file must be a mapping (apiVersion, kind, metadata, spec)");
        return null;
      }
      starts.put("", event.getStartMark().orElseThrow());
      return "";
    }
    if (parent.mapping && parent.pendingKey == null) {
      if (!(event instanceof ScalarEvent key)) {
        add(event, parent.path, "keys must be plain strings");
        return null;
      }
      String name = key.getValue();
      Mark mark = event.getStartMark().orElseThrow();
      Mark first = parent.keys.putIfAbsent(name, mark);
      if (first != null) {
        add(event, PathJoiner.key(parent.path, name),
            "duplicate key \"" + name + "\" (first given at line " + (first.getLine() + 1) + ")");
      }
      starts.putIfAbsent(PathJoiner.key(parent.path, name), mark);
      parent.pendingKey = name;
      return PathJoiner.key(parent.path, name);
    }
    String path;
    if (parent.mapping) {
      path = PathJoiner.key(parent.path, parent.pendingKey);
      parent.pendingKey = null;
    } else {
      path = PathJoiner.index(parent.path, parent.nextIndex++);
      starts.put(path, event.getStartMark().orElseThrow());
    }
    if (event instanceof ScalarEvent scalar) {
      if (scalar.getValue().length() > limits.maxScalarLength()) {
        add(event, path, "the value is longer than " + limits.maxScalarLength() + " characters");
      } else if (scalar.isPlain() && NULLS.contains(scalar.getValue())) {
        add(event, path, "has no value; give one, or remove the key to use the default");
      }
    }
    return path;
  }

  private String currentPath() {
    Frame top = stack.peek();
    if (top == null) {
      return "";
    }
    return top.mapping && top.pendingKey != null ? PathJoiner.key(top.path, top.pendingKey) : top.path;
  }

  private void add(Event event, String path, String message) {
    problems.add(new SpecProblem(YamlEvents.location(source, event), path, message));
  }

  private SourceLocation location(Mark mark) {
    return YamlEvents.location(source, mark);
  }
}
