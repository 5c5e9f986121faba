package dev.alluxiok8s.schema.binding;

import dev.alluxiok8s.kube.yaml.YamlScalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The nodes of a scanned tree as the values of attributes, under Jackson's rules for spec files
 * ({@code SpecMapper}: no coercion of scalars). Each takes only what Jackson reads the same way
 * whether it reads the file's text or the reader's tree, and throws {@link Unbound} for anything
 * else: a plain scalar that some YAML reader may type as a number or a boolean is not taken as a
 * string, a quoted one is not taken as a number.
 */
final class Nodes {

  /**
   * Plain scalars that read as numbers in some YAML schema (YAML 1.2 core, 1.1, Jackson's own),
   * with margin: signs, leading dots, underscores, exponents, hex, octal and binary prefixes,
   * sexagesimal, infinity and not-a-number. {@code 365d} or {@code 10Gi} are none of these.
   */
  private static final Pattern MAYBE_NUMBER = Pattern.compile("[-+]?0[xXoObB][0-9a-fA-F_]*"
      + "|[-+]?(\\.[0-9][0-9_]*|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
      + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
      + "|[-+]?\\.(?i:inf|nan)");
  /** Words that read as booleans or null in some YAML schema. */
  private static final Set<String> WORDS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");
  /** Whole and decimal numbers in the form whose text every reader keeps. */
  private static final Pattern CANONICAL_NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,17})(\\.[0-9]{1,15})?");
  /** Whole numbers that surely fit an int. */
  private static final Pattern SMALL_INT = Pattern.compile("-?(0|[1-9][0-9]{0,8})");
  private static final Pattern INT = Pattern.compile("-?(0|[1-9][0-9]{0,9})");
  private static final Pattern LONG = Pattern.compile("-?(0|[1-9][0-9]{0,17})");
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,14})\\.[0-9]{1,15}");

  private Nodes() {}

  static Unbound unbound() {
    return new Unbound();
  }

  /** An attribute of a type Jackson binds in ways not mirrored here ({@code Map<String, Object>}). */
  static <T> T unsupported(Object node) {
    throw new Unbound();
  }

  /** The entries of a mapping, in the file's order. */
  @SuppressWarnings("unchecked")
  static Iterable<Map.Entry<String, Object>> fields(Object node) {
    if (node instanceof Map<?, ?> map && map.keySet().stream().allMatch(String.class::isInstance)) {
      return ((Map<String, Object>) map).entrySet();
    }
    throw new Unbound();
  }

  /**
   * A string attribute's value. Jackson takes a number for a string attribute too ({@code cpu: 4},
   * {@code tag: 2.10}), as its text; that is taken here when the number is written the one way
   * every reader gives back as the same text (no sign, exponent or leading zero).
   */
  static String string(Object node) {
    YamlScalar scalar = scalar(node);
    String text = scalar.text();
    if (!scalar.plain() || CANONICAL_NUMBER.matcher(text).matches() && new BigDecimal(text).toString().equals(text)) {
      return text;
    }
    if (text.isEmpty() || WORDS.contains(text.toLowerCase(Locale.ROOT))
        || MAYBE_NUMBER.matcher(text).matches()) {
      throw new Unbound();
    }
    return text;
  }

  static boolean bool(Object node) {
    String text = plain(node);
    if (text.equals("true") || text.equals("false")) {
      return text.equals("true");
    }
    throw new Unbound();
  }

  static int integer(Object node) {
    long value = whole(plain(node), INT);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new Unbound();
    }
    return (int) value;
  }

  static long longInteger(Object node) {
    return whole(plain(node), LONG);
  }

  static double decimal(Object node) {
    String text = plain(node);
    if (!DECIMAL.matcher(text).matches()) {
      throw new Unbound();
    }
    return Double.parseDouble(text);
  }

  static <T> List<T> list(Object node, Function<Object, T> element) {
    if (!(node instanceof List<?> list)) {
      throw new Unbound();
    }
    List<T> values = new ArrayList<>(list.size());
    for (Object item : list) {
      values.add(element.apply(item));
    }
    return values;
  }

  static <T> Map<String, T> map(Object node, Function<Object, T> value) {
    Map<String, T> values = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : fields(node)) {
      values.put(entry.getKey(), value.apply(entry.getValue()));
    }
    return values;
  }

  /**
   * A free-form value ({@code Map<String, Object>}: an affinity, a label selector) as Jackson's
   * untyped binding gives it: mappings in the file's order, lists, strings, booleans, and whole
   * numbers that fit an {@code int} as {@link Integer}. A decimal number is declined: Jackson gives
   * a {@code Double} from the text and a {@code BigDecimal} from the tree.
   */
  static Object untyped(Object node) {
    if (node instanceof Map<?, ?>) {
      return map(node, Nodes::untyped);
    }
    if (node instanceof List<?>) {
      return list(node, Nodes::untyped);
    }
    YamlScalar scalar = scalar(node);
    String text = scalar.text();
    if (scalar.plain() && (text.equals("true") || text.equals("false"))) {
      return text.equals("true");
    }
    if (scalar.plain() && SMALL_INT.matcher(text).matches()) {
      return Integer.valueOf(text);
    }
    if (scalar.plain() && CANONICAL_NUMBER.matcher(text).matches()) {
      throw new Unbound();
    }
    return string(node);
  }

  private static long whole(String text, Pattern pattern) {
    if (!pattern.matcher(text).matches()) {
      throw new Unbound();
    }
    return Long.parseLong(text);
  }

  private static String plain(Object node) {
    YamlScalar scalar = scalar(node);
    if (!scalar.plain()) {
      throw new Unbound();
    }
    return scalar.text();
  }

  private static YamlScalar scalar(Object node) {
    if (node instanceof YamlScalar scalar) {
      return scalar;
    }
    throw new Unbound();
  }
}
