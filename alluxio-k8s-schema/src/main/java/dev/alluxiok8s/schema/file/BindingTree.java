package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.kube.yaml.YamlScalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A spec as a Jackson tree that attributes can be dropped from, so that binding can go on past a
 * bad attribute; paths in the tree as it is now translate back to the file's paths (a list that
 * lost an element keeps the file's indexes of the others).
 *
 * <p>The tree is made from the scanned document, typing plain scalars by YAML 1.2's core schema.
 * A plain number whose text the tree cannot keep ({@code 2.1e3}, {@code 010}) is marked lossy:
 * bound to a string it would read differently from the file, so what is found there is not trusted.
 */
final class BindingTree {

  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern OTHER_NUMBER = Pattern.compile("0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");

  private final ObjectNode root;
  private final Map<ArrayNode, List<Integer>> fileIndexes = new IdentityHashMap<>();
  private final Set<String> lossy = new HashSet<>();

  private BindingTree(Map<?, ?> document) {
    this.root = (ObjectNode) convert(document, "");
  }

  /** The tree of a scanned document whose root is a mapping. */
  static BindingTree of(Map<?, ?> document) {
    return new BindingTree(document);
  }

  ObjectNode root() {
    return root;
  }

  /** Whether the file's value at {@code filePath} reads differently as a tree node. */
  boolean isLossy(String filePath) {
    return lossy.contains(filePath);
  }

  /** The path in the file of what is at {@code path} in the tree now. */
  String filePath(String path) {
    JsonNode node = root;
    String file = "";
    for (Object segment : AttributePath.segments(path)) {
      if (segment instanceof Integer index) {
        List<Integer> indexes = node instanceof ArrayNode array ? fileIndexes.get(array) : null;
        int at = indexes != null && index < indexes.size() ? indexes.get(index) : index;
        file = PathJoiner.index(file, at);
        node = node == null ? null : node.get(index);
      } else {
        file = PathJoiner.key(file, (String) segment);
        node = node == null ? null : node.get((String) segment);
      }
    }
    return file;
  }

  /** Whether the tree has a value at {@code path} now. */
  boolean has(String path) {
    return find(path).isPresent();
  }

  /**
   * Drops the value at {@code path}, or its nearest ancestor in the tree; false when that would be
   * the whole document.
   */
  boolean remove(String path) {
    List<Object> segments = AttributePath.segments(path);
    while (!segments.isEmpty()) {
      Object last = segments.get(segments.size() - 1);
      List<Object> parentPath = segments.subList(0, segments.size() - 1);
      JsonNode parent = walk(parentPath).orElse(null);
      if (parent instanceof ObjectNode object && last instanceof String key && object.has(key)) {
        object.remove(key);
        return true;
      }
      if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
        array.remove(index);
        fileIndexes.get(array).remove((int) index);
        return true;
      }
      segments = new ArrayList<>(parentPath);
    }
    return false;
  }

  private Optional<JsonNode> find(String path) {
    return walk(AttributePath.segments(path));
  }

  private Optional<JsonNode> walk(List<Object> segments) {
    JsonNode node = root;
    for (Object segment : segments) {
      node = segment instanceof Integer index ? node.get(index) : node.get((String) segment);
      if (node == null) {
        return Optional.empty();
      }
    }
    return Optional.of(node);
  }

  /** A mapping or list of the document whose node exists, empty, and still has to be filled. */
  private record Fill(Object value, String path, JsonNode node) {}

  /*
   * A loop over a stack of nodes to fill rather than a recursion: the reader allows documents
   * nested as deep as ReadLimits.MAX_DEPTH, and a recursive walk of that many levels overflows the
   * stack of a small thread. Each node is attached to its parent when made, so a mapping keeps
   * the file's key order and a list its element order whatever order the nodes are filled in.
   */
  private JsonNode convert(Object document, String path) {
    Deque<Fill> toFill = new ArrayDeque<>();
    JsonNode top = node(document, path, toFill);
    while (!toFill.isEmpty()) {
      Fill fill = toFill.pop();
      if (fill.value() instanceof Map<?, ?> map) {
        ObjectNode object = (ObjectNode) fill.node();
        map.forEach((k, v) -> object.set(String.valueOf(k), node(v, PathJoiner.key(fill.path(), String.valueOf(k)), toFill)));
      } else {
        List<?> list = (List<?>) fill.value();
        ArrayNode array = (ArrayNode) fill.node();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
          array.add(node(list.get(i), PathJoiner.index(fill.path(), i), toFill));
          indexes.add(i);
        }
        fileIndexes.put(array, indexes);
      }
    }
    return top;
  }

  /** The node of {@code value}: a scalar's whole, or a container's, left to fill from {@code toFill}. */
  private JsonNode node(Object value, String path, Deque<Fill> toFill) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      JsonNode container = value instanceof Map<?, ?> ? nodes.objectNode() : nodes.arrayNode();
      toFill.push(new Fill(value, path, container));
      return container;
    }
    YamlScalar scalar = (YamlScalar) value;
    String text = scalar.text();
    if (!scalar.plain()) {
      return nodes.stringNode(text);
    }
    if (BOOLEAN.matcher(text).matches()) {
      markLossyUnless(text.equals("true") || text.equals("false"), path);
      return nodes.booleanNode(text.equalsIgnoreCase("true"));
    }
    if (INTEGER.matcher(text).matches()) {
      BigInteger number = new BigInteger(text);
      markLossyUnless(number.toString().equals(text), path);
      return number.bitLength() < 32 ? nodes.numberNode(number.intValue())
          : number.bitLength() < 64 ? nodes.numberNode(number.longValue()) : nodes.numberNode(number);
    }
    if (DECIMAL.matcher(text).matches()) {
      BigDecimal number = new BigDecimal(text);
      markLossyUnless(number.toString().equals(text), path);
      return DecimalNode.valueOf(number);
    }
    if (OTHER_NUMBER.matcher(text).matches()) {
      // Jackson reads these as numbers too. A tree bound whole (a spec merged from layers) needs
      // their value; infinity and NaN fit no attribute, so any number stands for them.
      lossy.add(path);
      if (text.startsWith("0x") || text.startsWith("0o")) {
        return nodes.numberNode(new BigInteger(text.substring(2), text.charAt(1) == 'x' ? 16 : 8));
      }
      return nodes.numberNode(0);
    }
    return nodes.stringNode(text);
  }

  private void markLossyUnless(boolean faithful, String path) {
    if (!faithful) {
      lossy.add(path);
    }
  }
}
