package dev.alluxiok8s.kube.quantity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity ({@code 500m}, {@code 1Gi}, {@code 2G}, {@code 1e3}) in the
 * grammar of apimachinery's {@code resource.ParseQuantity}, with its exact numeric value so two
 * quantities can be compared (a request must not exceed its limit) or turned into bytes.
 *
 * <p>Strings a user might expect to work but the API server rejects, such as {@code 1GB},
 * {@code 1g} or {@code 10GG}, do not parse, although JSON schemas accept them as strings.
 *
 * <p>In a manifest tree a quantity may also be a YAML number (chart 0.5.2 writes {@code cpu: 1} and
 * {@code cpu: 0.5} unquoted); the API server reads it as its JSON text, which {@link #textOf} gives.
 */
public final class Quantity implements Comparable<Quantity> {

  private static final Pattern GRAMMAR =
      Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");

  private static final Map<String, BigDecimal> MULTIPLIERS = Map.ofEntries(
      Map.entry("", BigDecimal.ONE),
      Map.entry("n", new BigDecimal("1e-9")),
      Map.entry("u", new BigDecimal("1e-6")),
      Map.entry("m", new BigDecimal("1e-3")),
      Map.entry("k", new BigDecimal("1e3")),
      Map.entry("M", new BigDecimal("1e6")),
      Map.entry("G", new BigDecimal("1e9")),
      Map.entry("T", new BigDecimal("1e12")),
      Map.entry("P", new BigDecimal("1e15")),
      Map.entry("E", new BigDecimal("1e18")),
      Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
      Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
      Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
      Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
      Map.entry("Pi", BigDecimal.valueOf(1L << 50)),
      Map.entry("Ei", BigDecimal.valueOf(1L << 60)));

  /** The text users see in messages when a quantity does not parse. */
  public static final String EXAMPLES = "examples: 10Gi, 500M, 250m, 2";

  /** The API server's own message for a malformed quantity. */
  public static final String API_FORMAT_MESSAGE =
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

  private final String text;
  private final BigDecimal value;

  private Quantity(String text, BigDecimal value) {
    this.text = text;
    this.value = value;
  }

  /** Parses {@code text}, or returns empty when it is not a Kubernetes quantity. */
  public static Optional<Quantity> parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = GRAMMAR.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String suffix = m.group(2) == null ? "" : m.group(2);
    BigDecimal number = new BigDecimal(m.group(1));
    BigDecimal scaled;
    // "E" and "Ei" are the exa and exbi suffixes; only "e3", "E-2" and the like are exponents.
    if (!MULTIPLIERS.containsKey(suffix)) {
      int exponent;
      try {
        exponent = Integer.parseInt(suffix.substring(1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (Math.abs(exponent) > 300) {
        return Optional.empty();
      }
      scaled = number.scaleByPowerOfTen(exponent);
    } else {
      scaled = number.multiply(MULTIPLIERS.get(suffix));
    }
    return Optional.of(new Quantity(text, scaled));
  }

  /**
   * Parses a value of a manifest tree (a string, or a number read from YAML), or returns empty when it
   * is not a quantity.
   */
  public static Optional<Quantity> ofTreeValue(Object value) {
    String t = textOf(value);
    return t == null ? Optional.empty() : parse(t);
  }

  /** The text the API server sees for a tree value, or null when it cannot be a quantity at all. */
  public static String textOf(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof BigDecimal d) {
      return d.toString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d).toString() : null;
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    return null;
  }

  /** Whether {@code text} is a Kubernetes quantity. */
  public static boolean isValid(String text) {
    return parse(text).isPresent();
  }

  /** The quantity as written. */
  public String text() {
    return text;
  }

  /** The exact value: bytes for memory and storage, cores for CPU. */
  public BigDecimal value() {
    return value;
  }

  public boolean isNegative() {
    return value.signum() < 0;
  }

  @Override
  public int compareTo(Quantity other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q && value.compareTo(q.value) == 0;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
