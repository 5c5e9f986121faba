package dev.alluxiok8s.validation.manifest;

import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Builds plain trees from snakeyaml-engine's event stream, one per document, recording the position of
 * every node. Building from events (rather than snakeyaml's composer, which recurses once per nesting
 * level) lets us bound nesting depth, alias use and the total number of nodes an alias can expand to, so
 * hostile input fails with a {@link ManifestParseException} instead of a StackOverflowError or an
 * out-of-memory.
 */
final class TreeBuilder {

  /** Deeper than any real manifest (a CRD schema nests about 30 levels). */
  static final int MAX_DEPTH = 200;
  /** Aliases are rare in manifests; a few hundred leave room for anchors used as templates. */
  static final int MAX_ALIASES = 500;
  /** Nodes per stream, counting alias expansions: stops "billion laughs" trees. */
  static final long MAX_NODES = 5_000_000L;
  /** Code points per stream (the settings' input limit). */
  static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  private static final ScalarResolver RESOLVER = new CoreScalarResolver(false);

  /** A document's tree and the positions of its nodes. */
  record Document(Object root, Map<String, long[]> positions, SourceLocation start) {}

  private final String file;
  private final List<Document> documents = new ArrayList<>();
  private final Map<String, Anchored> anchors = new HashMap<>();
  private long nodes;
  private int aliases;

  private record Anchored(Object value, long nodeCount) {}

  private TreeBuilder(String file) {
    this.file = file;
  }

  /**
   * Reads every document of a text. Go's YAML reader (kubectl, helm) accepts a block scalar whose only
   * lines are blank but indented deeper than the next key, which helm charts produce for empty values;
   * snakeyaml rejects it. When that is the only problem, the text is read again with whitespace-only
   * lines emptied, which keeps every line and column where it was.
   */
  static List<Document> read(String file, String text) throws ManifestParseException {
    try {
      return readOnce(file, new StringReader(text));
    } catch (ManifestParseException e) {
      if (!e.problem().contains("leading empty lines contain more spaces")) {
        throw e;
      }
      return readOnce(file, new StringReader(BLANK_LINE.matcher(text).replaceAll("")));
    }
  }

  private static final Pattern BLANK_LINE = Pattern.compile("(?m)^[ \\t]+$");

  private static List<Document> readOnce(String file, Reader reader) throws ManifestParseException {
    TreeBuilder b = new TreeBuilder(file);
    // The reader enforces the code point limit. The alias and duplicate-key settings belong to
    // snakeyaml's composer, which we do not use; run() enforces both itself, so they are set here only
    // to state the same policy should anyone compose with these settings.
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setAllowDuplicateKeys(false)
            .build();
    Iterator<Event> events = new Parse(settings).parseReader(reader).iterator();
    try {
      b.run(events);
    } catch (MarkedYamlEngineException e) {
      Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
      String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
      throw new ManifestParseException(b.location(m), "YAML error: " + problem.trim());
    } catch (YamlEngineException e) {
      throw new ManifestParseException(new SourceLocation(file, 1, 1), "YAML error: " + e.getMessage());
    }
    return b.documents;
  }

  /** An open collection on the stack. */
  private static final class Frame {
    final FieldPath path;
    final Map<String, Object> map;
    final List<Object> list;
    final String anchor;
    final long nodesAtStart;
    String pendingKey;

    Frame(FieldPath path, Map<String, Object> map, List<Object> list, String anchor, long nodesAtStart) {
      this.path = path;
      this.map = map;
      this.list = list;
      this.anchor = anchor;
      this.nodesAtStart = nodesAtStart;
    }
  }

  private void run(Iterator<Event> events) throws ManifestParseException {
    Deque<Frame> stack = new ArrayDeque<>();
    Map<String, long[]> positions = null;
    Object[] root = new Object[1];
    SourceLocation docStart = null;
    while (events.hasNext()) {
      Event e = events.next();
      switch (e.getEventId()) {
        case DocumentStart -> {
          positions = new HashMap<>();
          root[0] = null;
          docStart = location(e.getStartMark().orElse(null));
          anchors.clear();
        }
        case DocumentEnd -> documents.add(new Document(root[0], positions, docStart));
        case Scalar -> {
          ScalarEvent s = (ScalarEvent) e;
          Frame top = stack.peek();
          if (top != null && top.map != null && top.pendingKey == null) {
            String key = s.getValue();
            if (top.map.containsKey(key)) {
              throw new ManifestParseException(
                  location(s.getStartMark().orElse(null)), "duplicate key \"" + key + "\" in a mapping");
            }
            top.pendingKey = key;
            record(positions, top.path.field(key), s);
            continue;
          }
          nodes++;
          Object value = scalar(s);
          remember(s, value, 1);
          attach(stack, root, positions, s, value);
        }
        case Alias -> {
          AliasEvent a = (AliasEvent) e;
          String name = a.getAlias().getValue();
          Anchored target = anchors.get(name);
          if (target == null) {
            throw new ManifestParseException(location(a.getStartMark().orElse(null)), "unknown alias *" + name);
          }
          if (++aliases > MAX_ALIASES) {
            throw new ManifestParseException(
                location(a.getStartMark().orElse(null)), "more than " + MAX_ALIASES + " aliases in one stream");
          }
          Frame top = stack.peek();
          if (top != null && top.map != null && top.pendingKey == null) {
            throw new ManifestParseException(
                location(a.getStartMark().orElse(null)), "an alias cannot be a mapping key");
          }
          countNodes(target.nodeCount, a);
          attach(stack, root, positions, a, target.value);
        }
        case MappingStart, SequenceStart -> {
          Frame top = stack.peek();
          if (top != null && top.map != null && top.pendingKey == null) {
            throw new ManifestParseException(
                location(e.getStartMark().orElse(null)), "mapping keys must be scalars");
          }
          if (stack.size() >= MAX_DEPTH) {
            throw new ManifestParseException(
                location(e.getStartMark().orElse(null)), "nesting deeper than " + MAX_DEPTH + " levels");
          }
          countNodes(1, e);
          boolean isMap = e.getEventId() == Event.ID.MappingStart;
          Object value = isMap ? new LinkedHashMap<String, Object>() : new ArrayList<Object>();
          FieldPath path = attach(stack, root, positions, (NodeEvent) e, value);
          String anchor = ((NodeEvent) e).getAnchor().map(x -> x.getValue()).orElse(null);
          stack.push(
              new Frame(
                  path,
                  isMap ? castMap(value) : null,
                  isMap ? null : castList(value),
                  anchor,
                  nodes - 1));
        }
        case MappingEnd, SequenceEnd -> {
          Frame done = stack.pop();
          if (done.anchor != null) {
            anchors.put(
                done.anchor,
                new Anchored(done.map != null ? done.map : done.list, nodes - done.nodesAtStart));
          }
        }
        default -> {
          // StreamStart, StreamEnd and comments carry nothing for the tree.
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> castList(Object o) {
    return (List<Object>) o;
  }

  private void countNodes(long n, Event at) throws ManifestParseException {
    nodes += n;
    if (nodes > MAX_NODES) {
      throw new ManifestParseException(
          location(at.getStartMark().orElse(null)),
          "more than " + MAX_NODES + " nodes after expanding aliases");
    }
  }

  private void remember(NodeEvent e, Object value, long count) {
    e.getAnchor().ifPresent(a -> anchors.put(a.getValue(), new Anchored(value, count)));
  }

  /** Puts a finished node under the open collection (or makes it the root) and returns its path. */
  private FieldPath attach(
      Deque<Frame> stack, Object[] root, Map<String, long[]> positions, Event e, Object value) {
    Frame top = stack.peek();
    FieldPath path;
    if (top == null) {
      root[0] = value;
      path = FieldPath.ROOT;
      record(positions, path, e);
    } else if (top.map != null) {
      path = top.path.field(top.pendingKey);
      top.map.put(top.pendingKey, value);
      top.pendingKey = null;
    } else {
      path = top.path.index(top.list.size());
      top.list.add(value);
      record(positions, path, e);
    }
    return path;
  }

  private void record(Map<String, long[]> positions, FieldPath path, Event e) {
    Optional<Mark> m = e.getStartMark();
    if (positions != null && m.isPresent()) {
      positions.put(path.toString(), new long[] {m.get().getLine() + 1L, m.get().getColumn() + 1L});
    }
  }

  private SourceLocation location(Mark m) {
    return m == null
        ? new SourceLocation(file, 1, 1)
        : new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1);
  }

  /**
   * Resolves a scalar the way kubectl does. kubectl turns YAML into JSON with sigs.k8s.io/yaml, which
   * reads plain scalars by go-yaml v2's YAML 1.1 rules: {@code yes}, {@code on}, {@code y} (and their
   * negations) are booleans, and a leading zero makes an octal integer ({@code 0644} is 420). Everything
   * else follows the YAML 1.2 core schema, which agrees with YAML 1.1 on the values manifests use.
   * Quoted and block scalars stay strings.
   */
  private static Object scalar(ScalarEvent s) {
    String v = s.getValue();
    Optional<String> explicit = s.getTag().filter(t -> !t.equals("!"));
    Tag tag;
    if (explicit.isPresent()) {
      tag = new Tag(explicit.get());
    } else if (s.isPlain() && s.getImplicit().canOmitTagInPlainScalar()) {
      Boolean yaml11 = YAML11_BOOLEANS.get(v);
      if (yaml11 != null) {
        return yaml11;
      }
      if (YAML11_OCTAL.matcher(v).matches()) {
        return integer((v.startsWith("-") ? "-0o" : "0o") + v.replaceFirst("^[-+]?0", ""));
      }
      tag = RESOLVER.resolve(v, true);
    } else {
      return v;
    }
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    if (tag.equals(Tag.BOOL)) {
      return Boolean.valueOf(v.equalsIgnoreCase("true"));
    }
    if (tag.equals(Tag.INT)) {
      return integer(v);
    }
    if (tag.equals(Tag.FLOAT)) {
      return floating(v);
    }
    return v;
  }

  /** go-yaml v2's boolean words (resolve.go), looked up exactly as written. */
  private static final Map<String, Boolean> YAML11_BOOLEANS = yaml11Booleans();

  private static final Pattern YAML11_OCTAL = Pattern.compile("[-+]?0[0-7]+");

  private static Map<String, Boolean> yaml11Booleans() {
    Map<String, Boolean> m = new HashMap<>();
    for (String t : List.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON")) {
      m.put(t, Boolean.TRUE);
    }
    for (String f : List.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF")) {
      m.put(f, Boolean.FALSE);
    }
    return m;
  }

  private static Object integer(String v) {
    try {
      String t = v.startsWith("+") ? v.substring(1) : v;
      boolean negative = t.startsWith("-");
      String digits = negative ? t.substring(1) : t;
      BigInteger b;
      if (digits.startsWith("0o")) {
        b = new BigInteger(digits.substring(2), 8);
      } else if (digits.startsWith("0x")) {
        b = new BigInteger(digits.substring(2), 16);
      } else {
        b = new BigInteger(digits);
      }
      b = negative ? b.negate() : b;
      return b.bitLength() < 64 ? (Object) b.longValue() : new BigDecimal(b);
    } catch (NumberFormatException e) {
      return v;
    }
  }

  private static Object floating(String v) {
    String t = v.toLowerCase(java.util.Locale.ROOT);
    if (t.endsWith(".inf")) {
      return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (t.equals(".nan")) {
      return Double.NaN;
    }
    try {
      // BigDecimal keeps the number as written, so "0.5" stays 0.5 for quantity checks.
      return new BigDecimal(v.startsWith("+") ? v.substring(1) : v);
    } catch (NumberFormatException e) {
      return v;
    }
  }
}
