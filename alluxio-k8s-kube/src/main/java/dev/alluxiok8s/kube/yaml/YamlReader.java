package dev.alluxiok8s.kube.yaml;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The one bounded, position-tracking YAML reader: spec files, Helm values and manifests are all read
 * here, each with its {@link YamlSettings}. It builds plain trees from snakeyaml-engine's event
 * stream rather than with snakeyaml's composer, which recurses once per nesting level: so nesting,
 * aliases and their expansion can be bounded, and a hostile file fails with a {@link ReadProblem}
 * instead of a StackOverflowError or an out-of-memory.
 *
 * <p>A problem that leaves the tree's shape intact (a duplicate key, a null or overlong value) is
 * recorded and reading goes on, so one read reports them all; any other stops reading.
 */
public final class YamlReader {

  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
  private static final String CORE = "tag:yaml.org,2002:";
  private static final String NULL_TAG = CORE + "null";
  /** Explicit tags that only restate what a plain value is. */
  private static final Set<String> CORE_TAGS =
      Set.of(CORE + "str", CORE + "int", CORE + "float", CORE + "bool", CORE + "map", CORE + "seq", NULL_TAG);
  private static final Pattern BAD_START = Pattern.compile("found character '(.+)' that cannot start any token");
  /** The scanner's "but found X(96)": the character unquoted, then its code. */
  private static final Pattern FOUND_CHARACTER = Pattern.compile("but found (\\S)\\((\\d+)\\)");
  private static final Pattern BLANK_LINE = Pattern.compile("(?m)^[ \\t]+$");
  private static final String INDENTED_BLANK_LINES = "leading empty lines contain more spaces";

  /** What a read found: the documents (the last one partial when reading stopped) and the problems. */
  public record Result(List<YamlDocument> documents, List<ReadProblem> problems) {}

  /** A document being built. */
  private static final class Doc {
    final SourceLocation start;
    final Map<String, SourceLocation> positions = new HashMap<>();
    Object root;

    Doc(SourceLocation start) {
      this.start = start;
    }
  }

  /** An open mapping (map set) or list (list set), and the key waiting for its value. */
  private static final class Frame {
    final String path;
    final Map<String, Object> map;
    final List<Object> list;
    final String anchor;
    final long nodesAtStart;
    String pendingKey;
    /** The pending key's path, built once for the key's position and again used for its value. */
    String pendingPath;
    /** The pending key repeats an earlier one: its value is read but not kept. */
    boolean discard;

    Frame(String path, Map<String, Object> map, List<Object> list, String anchor, long nodesAtStart) {
      this.path = path;
      this.map = map;
      this.list = list;
      this.anchor = anchor;
      this.nodesAtStart = nodesAtStart;
    }
  }

  private record Anchored(Object value, long nodeCount) {}

  private final String source;
  private final YamlSettings settings;
  private final PathStyle style;
  private final List<Doc> documents = new ArrayList<>();
  private final List<ReadProblem> problems = new ArrayList<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Map<String, Anchored> anchors = new HashMap<>();
  private Doc doc;
  private long nodes;
  private int aliases;

  private YamlReader(String source, YamlSettings settings) {
    this.source = source;
    this.settings = settings;
    this.style = settings.pathStyle();
  }

  /**
   * Reads every document of {@code text}.
   *
   * @param source the name locations give the text, for example its file name
   */
  public static Result read(String source, String text, YamlSettings settings) {
    YamlReader reader = new YamlReader(source, settings);
    reader.run(text);
    if (settings.retryBlankLines() && reader.problems.size() == 1
        && reader.problems.get(0).message().contains(INDENTED_BLANK_LINES)) {
      // Go's YAML reader accepts a block scalar whose only lines are blank but indented deeper than
      // the next key (charts produce them for empty values); emptying those lines keeps every line
      // and column where it was.
      reader = new YamlReader(source, settings);
      reader.run(BLANK_LINE.matcher(text).replaceAll(""));
    }
    List<YamlDocument> read = new ArrayList<>();
    for (Doc d : reader.documents) {
      read.add(new YamlDocument(d.root, d.positions, d.start, reader.style));
    }
    return new Result(List.copyOf(read), List.copyOf(reader.problems));
  }

  private void run(String text) {
    // snakeyaml-engine's reader reports a forbidden character without a position (at 1:1); find it first.
    Optional<ReadProblem> forbidden = forbiddenCharacter(text);
    if (forbidden.isPresent()) {
      problems.add(forbidden.get());
      return;
    }
    LoadSettings load = LoadSettings.builder().setLabel(source).setCodePointLimit(settings.maxCodePoints()).build();
    try {
      for (Event event : new Parse(load).parseString(text)) {
        if (!handle(event)) {
          return;
        }
      }
    } catch (MarkedYamlEngineException e) {
      Mark at = e.getProblemMark().or(e::getContextMark).orElse(null);
      problems.add(new ReadProblem(location(Optional.ofNullable(at)), "", "invalid YAML: " + describe(e)));
    } catch (YamlEngineException e) {
      problems.add(new ReadProblem(new SourceLocation(source, 1, 1), "", "invalid YAML: " + e.getMessage()));
    }
  }

  /**
   * The first character YAML does not allow in a stream (YAML 1.2, production c-printable: the C0
   * controls but tab and line breaks, DEL, the C1 controls but NEL, surrogates out of pairs, U+FFFE
   * and U+FFFF), at its line and column, counting line breaks as snakeyaml-engine does.
   */
  private Optional<ReadProblem> forbiddenCharacter(String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7e) || c == 0x85
          || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
      if (!allowed) {
        // YAML's two-digit escape holds 8 bits: a character above U+00FF needs the four-digit one.
        String escape = c <= 0xff ? String.format("\\x%02X", c) : String.format("\\u%04X", c);
        return Optional.of(new ReadProblem(new SourceLocation(source, line, column), "", String.format(
            "invalid YAML: the character U+%04X is not allowed in a YAML file; if it is meant, write it as an escape "
                + "in a double-quoted string (\"%s\")", c, escape)));
      }
      boolean lineBreak = c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029
          || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (lineBreak) {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += width;
    }
    return Optional.empty();
  }

  /** Handles one event; false when reading must stop (the problem is recorded). */
  private boolean handle(Event event) {
    switch (event.getEventId()) {
      case DocumentStart -> {
        if (documents.size() >= settings.maxDocuments()) {
          return stop(event, "", settings.maxDocuments() == 1
              ? "the file holds more than one YAML document; " + settings.oneDocument()
              : "the file holds more than " + settings.maxDocuments() + " YAML documents");
        }
        doc = new Doc(location(event.getStartMark()));
        documents.add(doc);
        anchors.clear();
      }
      case Scalar -> {
        return scalar((ScalarEvent) event);
      }
      case Alias -> {
        return alias((AliasEvent) event);
      }
      case MappingStart, SequenceStart -> {
        return open((CollectionStartEvent) event);
      }
      case MappingEnd, SequenceEnd -> {
        Frame done = stack.pop();
        if (done.anchor != null) {
          anchors.put(done.anchor, new Anchored(done.map != null ? done.map : done.list, nodes - done.nodesAtStart));
        }
      }
      default -> {
        // Stream and document ends and comments carry nothing for the tree.
      }
    }
    return true;
  }

  private boolean scalar(ScalarEvent event) {
    Frame top = stack.peek();
    if (top != null && top.map != null && top.pendingKey == null) {
      return key(top, event);
    }
    String path = childPath(top);
    if (!tagAllowed(event, event.getTag(), path)) {
      return false;
    }
    Object value = settings.scalars() == YamlSettings.Scalars.TEXT ? text(event) : KubectlScalars.resolve(event);
    if (event.getValue().length() > settings.maxScalarLength()) {
      problems.add(problem(event, path, "the value is longer than " + settings.maxScalarLength() + " characters"));
    } else if (value == null && settings.refuseNulls() && top != null) {
      problems.add(problem(event, path, top.map != null ? "has no value; give one, or remove the key to use the default"
          : "is an empty list item; give it a value, or remove it"));
    }
    if (!count(1, event)) {
      return false;
    }
    event.getAnchor().ifPresent(a -> anchors.put(a.getValue(), new Anchored(value, 1)));
    attach(top, path, value, event);
    return true;
  }

  private boolean key(Frame top, ScalarEvent event) {
    String name = event.getValue();
    if (name.length() > settings.maxScalarLength()) {
      return stop(event, top.path, "a key is longer than " + settings.maxScalarLength() + " characters");
    }
    String path = style.key(top.path, name);
    SourceLocation at = location(event.getStartMark());
    if (top.map.containsKey(name)) {
      SourceLocation first = doc.positions.getOrDefault(path, at);
      problems.add(new ReadProblem(at, path, "duplicate key \"" + name + "\" (first given at line " + first.line() + ")"));
      top.discard = true;
    }
    doc.positions.putIfAbsent(path, at);
    top.pendingKey = name;
    top.pendingPath = path;
    return true;
  }

  private boolean alias(AliasEvent event) {
    String name = event.getAlias().getValue();
    Frame top = stack.peek();
    boolean atKey = top != null && top.map != null && top.pendingKey == null;
    String path = atKey ? top.path : childPath(top);
    if (settings.maxAliases() == 0) {
      return stop(event, path, "aliases" + quoted(path, "*" + name) + " are not supported in " + settings.fileKind()
          + "; write the value out");
    }
    Anchored target = anchors.get(name);
    if (target == null) {
      return stop(event, path, "unknown alias *" + name);
    }
    if (++aliases > settings.maxAliases()) {
      return stop(event, path, "more than " + settings.maxAliases() + " aliases in one stream");
    }
    if (atKey) {
      return stop(event, path, "keys must be plain strings");
    }
    if (!count(target.nodeCount(), event)) {
      return false;
    }
    attach(top, path, target.value(), event);
    return true;
  }

  private boolean open(CollectionStartEvent event) {
    Frame top = stack.peek();
    if (top != null && top.map != null && top.pendingKey == null) {
      return stop(event, top.path, "keys must be plain strings");
    }
    String path = childPath(top);
    if (stack.size() >= settings.maxDepth()) {
      return stop(event, path, "nesting is deeper than " + settings.maxDepth() + " levels");
    }
    if (!tagAllowed(event, event.getTag(), path) || !count(1, event)) {
      return false;
    }
    boolean mapping = event.getEventId() == Event.ID.MappingStart;
    Map<String, Object> map = mapping ? new LinkedHashMap<>() : null;
    List<Object> list = mapping ? null : new ArrayList<>();
    attach(top, path, mapping ? map : list, event);
    stack.push(new Frame(path, map, list, event.getAnchor().map(a -> a.getValue()).orElse(null), nodes - 1));
    return true;
  }

  /** Puts a node under the open collection, or makes it the root, and records where it starts. */
  private void attach(Frame top, String path, Object value, Event event) {
    if (top == null) {
      doc.root = value;
      doc.positions.put(path, location(event.getStartMark()));
    } else if (top.map != null) {
      // A key's position was recorded with the key.
      if (!top.discard) {
        top.map.put(top.pendingKey, value);
      }
      top.pendingKey = null;
      top.pendingPath = null;
      top.discard = false;
    } else {
      top.list.add(value);
      doc.positions.put(path, location(event.getStartMark()));
    }
  }

  /** The path of the next value under {@code top}. */
  private String childPath(Frame top) {
    if (top == null) {
      return "";
    }
    return top.map != null ? top.pendingPath : style.index(top.path, top.list.size());
  }

  private boolean count(long added, Event event) {
    nodes += added;
    return nodes <= settings.maxNodes()
        || stop(event, "", "more than " + settings.maxNodes() + " nodes after expanding aliases");
  }

  private boolean tagAllowed(Event event, Optional<String> tag, String path) {
    if (!settings.refuseTags() || tag.isEmpty() || CORE_TAGS.contains(tag.get())) {
      return true;
    }
    String shown = tag.get().startsWith(CORE) ? "!!" + tag.get().substring(CORE.length()) : tag.get();
    return stop(event, path, "tags" + quoted(path, shown) + " are not supported in " + settings.fileKind()
        + "; write the value without it");
  }

  /** A scalar as text, or null for a null value (an explicit {@code !!null}, or plain {@code ~}, empty...). */
  private static Object text(ScalarEvent event) {
    Optional<String> tag = event.getTag();
    boolean isNull = tag.isPresent() ? tag.get().equals(NULL_TAG) : event.isPlain() && NULLS.contains(event.getValue());
    return isNull ? null : new YamlScalar(event.getValue(), event.isPlain());
  }

  /** {@code " (text)"}, unless the settings hide the text at {@code path}. */
  private String quoted(String path, String text) {
    return settings.hideTextAt().test(path) ? "" : " (" + text + ")";
  }

  /** Records a problem that stops reading; always false. */
  private boolean stop(Event event, String path, String message) {
    problems.add(problem(event, path, message));
    return false;
  }

  private ReadProblem problem(Event event, String path, String message) {
    return new ReadProblem(location(event.getStartMark()), path, message);
  }

  private SourceLocation location(Optional<Mark> mark) {
    return mark.map(m -> new SourceLocation(source, m.getLine() + 1, m.getColumn() + 1))
        .orElse(new SourceLocation(source, 1, 1));
  }

  /** snakeyaml's wording, rephrased for the two mistakes people make most in hand-written YAML. */
  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : FOUND_CHARACTER.matcher(e.getProblem().trim())
        .replaceAll(m -> Matcher.quoteReplacement("but found '" + m.group(1) + "' (character " + m.group(2) + ")"));
    String context = e.getContext() == null ? "" : e.getContext().trim();
    Matcher badStart = BAD_START.matcher(problem);
    if (problem.contains("\\t(TAB)")) {
      return "a tab character; YAML is indented with spaces only";
    }
    if (badStart.lookingAt()) {
      return "a plain value cannot start with '" + badStart.group(1) + "'; put the value in quotes";
    }
    if (problem.isEmpty() || context.isEmpty()) {
      return problem.isEmpty() ? context : problem;
    }
    return problem + " (" + context + ")";
  }
}
