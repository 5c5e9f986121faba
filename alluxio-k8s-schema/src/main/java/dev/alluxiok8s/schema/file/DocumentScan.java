package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.property.PropertyRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
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
  private static final String CORE = "tag:yaml.org,2002:";
  /** snakeyaml's message for '@' and '`', which YAML reserves. */
  private static final String NULL_TAG = CORE + "null";
  /** Explicit tags that only restate what a plain value is; any other tag is refused. */
  private static final Set<String> PLAIN_TAGS =
      Set.of(CORE + "str", CORE + "int", CORE + "float", CORE + "bool", CORE + "map", CORE + "seq");

  private final String source;
  private final ReadLimits limits;
  private final Map<String, Mark> starts = new HashMap<>();
  private final Map<String, String> topLevelScalars = new HashMap<>();
  private final List<Diagnostic> problems = new ArrayList<>();
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

  /** The value of the top-level key {@code key} when the file gives it as a scalar. */
  Optional<String> topLevelScalar(String key) {
    return Optional.ofNullable(topLevelScalars.get(key));
  }

  List<Diagnostic> problems() {
    return problems;
  }

  /** Where the attribute at {@code path} (or its nearest written ancestor) starts. */
  SourceLocation locationOf(String path) {
    return SpecDocument.nearest(source, path, p -> Optional.ofNullable(starts.get(p)).map(this::location));
  }

  /** Where each attribute the file gives starts, by attribute path. */
  Map<String, SourceLocation> locations() {
    Map<String, SourceLocation> all = new HashMap<>();
    starts.forEach((path, mark) -> all.put(path, location(mark)));
    return all;
  }

  private void run(String text) {
    YamlEvents.walk(source, text, limits, "a spec file holds exactly one cluster", this::visit, problems);
    if (problems.isEmpty() && !sawRoot) {
      problems.add(Diagnostic.error("", "the file is empty; a spec starts with apiVersion: alluxio-k8s.dev/v1alpha1 and kind: AlluxioCluster").at(new SourceLocation(source, 1, 1)));
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
        String path = currentPath();
        add(event, path, "aliases" + quoted(path, "*" + ((AliasEvent) event).getAlias().getValue())
            + " are not supported in a spec file; write the value out");
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
      if (name.length() > limits.maxScalarLength()) {
        add(event, parent.path, "a key is longer than " + limits.maxScalarLength() + " characters");
        return null;
      }
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
    String key = parent.pendingKey;
    if (parent.mapping) {
      path = PathJoiner.key(parent.path, key);
      parent.pendingKey = null;
    } else {
      path = PathJoiner.index(parent.path, parent.nextIndex++);
      starts.put(path, event.getStartMark().orElseThrow());
    }
    Optional<String> tag = event instanceof ScalarEvent scalar ? scalar.getTag()
        : ((CollectionStartEvent) event).getTag();
    if (tag.isPresent() && !PLAIN_TAGS.contains(tag.get()) && !tag.get().equals(NULL_TAG)) {
      String shown = tag.get().startsWith(CORE) ? "!!" + tag.get().substring(CORE.length()) : tag.get();
      add(event, path, "tags" + quoted(path, shown) + " are not supported in a spec file; write the value without it");
      return null;
    }
    if (event instanceof ScalarEvent scalar) {
      boolean isNull = tag.map(NULL_TAG::equals)
          .orElse(scalar.isPlain() && NULLS.contains(scalar.getValue()));
      if (scalar.getValue().length() > limits.maxScalarLength()) {
        add(event, path, "the value is longer than " + limits.maxScalarLength() + " characters");
      } else if (isNull) {
        add(event, path, parent.mapping ? "has no value; give one, or remove the key to use the default"
            : "is an empty list item; give it a value, or remove it");
      } else if (stack.size() == 1 && parent.mapping) {
        topLevelScalars.put(key, scalar.getValue());
      }
    }
    return path;
  }

  /** {@code " (text)"}, unless the text stands where a credential's value would be. */
  private static String quoted(String path, String text) {
    return PropertyRules.looksLikeCredential(path) ? "" : " (" + text + ")";
  }

  private String currentPath() {
    Frame top = stack.peek();
    if (top == null) {
      return "";
    }
    if (!top.mapping) {
      return PathJoiner.index(top.path, top.nextIndex);
    }
    return top.pendingKey != null ? PathJoiner.key(top.path, top.pendingKey) : top.path;
  }

  private void add(Event event, String path, String message) {
    Optional<Mark> mark = event.getStartMark();
    problems.add(Diagnostic.error(path, message).at(mark.map(this::location).orElse(new SourceLocation(source, 1, 1))));
  }

  private SourceLocation location(Mark mark) {
    return new SourceLocation(source, mark.getLine() + 1, mark.getColumn() + 1);
  }
}
