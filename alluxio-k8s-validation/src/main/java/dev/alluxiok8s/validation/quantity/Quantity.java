package dev.alluxiok8s.validation.quantity;

import java.math.BigDecimal;

/**
 * Quantities as they appear in manifest trees, checked with the model's {@link
 * dev.alluxiok8s.kube.quantity.Quantity}: the Kubernetes resource quantity grammar
 * ({@code k8s.io/apimachinery/pkg/api/resource}), a signed decimal number followed by a binary SI suffix ({@code Ki Mi Gi Ti Pi Ei}), a decimal SI suffix
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
    return t == null ? null : dev.alluxiok8s.kube.quantity.Quantity.parse(t)
        .map(dev.alluxiok8s.kube.quantity.Quantity::value).orElse(null);
  }

  /** True when {@code value} follows the quantity grammar. */
  public static boolean isValid(Object value) {
    return parse(value) != null;
  }
}
