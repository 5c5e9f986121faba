package dev.alluxiok8s.schema.quantity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes resource quantity grammar ({@code k8s.io/apimachinery/pkg/api/resource}): a signed
 * decimal number followed by a binary SI suffix ({@code Ki Mi Gi Ti Pi Ei}), a decimal SI suffix
 * ({@code n u m k M G T P E} or none) or a decimal exponent ({@code e3}, {@code E-2}). {@code 1.5GB},
 * {@code 1g} and {@code 512MB} are not quantities, although JSON schemas accept them as strings.
 *
 * <p>A YAML number (chart 0.5.2 writes {@code cpu: 1} and {@code cpu: 0.5} unquoted) is read by the API
 * server as its JSON text, so numbers are checked through their decimal text.
 */
public final class Quantity {

  /** The API server's own message for a malformed quantity. */
  public static final String FORMAT_MESSAGE =
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

  private static final Pattern GRAMMAR =
      Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");

  private static final Map<String, BigDecimal> SUFFIX =
      Map.ofEntries(
          Map.entry("Ki", BigDecimal.valueOf(1024L)),
          Map.entry("Mi", BigDecimal.valueOf(1024L * 1024)),
          Map.entry("Gi", BigDecimal.valueOf(1024L * 1024 * 1024)),
          Map.entry("Ti", BigDecimal.valueOf(1024L * 1024 * 1024 * 1024)),
          Map.entry("Pi", BigDecimal.valueOf(1024L * 1024 * 1024 * 1024 * 1024)),
          Map.entry("Ei", BigDecimal.valueOf(1024L * 1024 * 1024 * 1024 * 1024 * 1024)),
          Map.entry("n", new BigDecimal("1e-9")),
          Map.entry("u", new BigDecimal("1e-6")),
          Map.entry("m", new BigDecimal("1e-3")),
          Map.entry("k", new BigDecimal("1e3")),
          Map.entry("M", new BigDecimal("1e6")),
          Map.entry("G", new BigDecimal("1e9")),
          Map.entry("T", new BigDecimal("1e12")),
          Map.entry("P", new BigDecimal("1e15")),
          Map.entry("E", new BigDecimal("1e18")));

  private Quantity() {}

  /** The text the API server sees for a tree value, or null when it cannot be a quantity at all. */
  public static String text(Object value) {
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

  /**
   * The value of a quantity in base units (cores, bytes), or null when {@code value} does not follow the
   * grammar.
   */
  public static BigDecimal parse(Object value) {
    String t = text(value);
    if (t == null) {
      return null;
    }
    Matcher m = GRAMMAR.matcher(t);
    if (!m.matches()) {
      return null;
    }
    String number = m.group(1);
    if (number.endsWith(".")) {
      number = number.substring(0, number.length() - 1);
    }
    BigDecimal n = new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
    String suffix = m.group(2);
    if (suffix == null) {
      return n;
    }
    // "E" and "Ei" are suffixes (exa, exbi); only E or e followed by digits is an exponent.
    if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E') && suffix.charAt(1) != 'i') {
      int exp = Integer.parseInt(suffix.substring(1));
      if (Math.abs(exp) > 1000) {
        return null;
      }
      return n.scaleByPowerOfTen(exp);
    }
    return n.multiply(SUFFIX.get(suffix));
  }

  /** True when {@code value} follows the quantity grammar. */
  public static boolean isValid(Object value) {
    return parse(value) != null;
  }
}
