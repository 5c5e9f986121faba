package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.kube.quantity.Quantity;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a size as Alluxio reads it ({@code 1GB}, {@code 10G}, {@code 512MB}, {@code 1048576}) into
 * the Kubernetes quantity of the same number of bytes ({@code 1Gi}, {@code 10Gi}, {@code 512Mi}).
 * Alluxio's units are binary whatever their spelling, so a chart quota of {@code 1G} meant 2^30
 * bytes to the worker; the model's quotas are Kubernetes quantities, and the renderer converts
 * them back to Alluxio's syntax exactly. A Kubernetes binary quantity ({@code 1Gi}) is kept as is.
 */
final class AlluxioSizes {

  private static final Pattern ALLUXIO = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([kmgtp]?)b?", Pattern.CASE_INSENSITIVE);
  private static final String UNITS = "kmgtp";

  private AlluxioSizes() {}

  /** The quantity, or empty when {@code text} is neither an Alluxio size nor a binary quantity. */
  static Optional<String> toQuantity(String text) {
    String t = text.trim();
    if (t.matches("[0-9.]+(Ki|Mi|Gi|Ti|Pi|Ei)") && Quantity.isValid(t)) {
      return Optional.of(t);
    }
    Matcher m = ALLUXIO.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal number = new BigDecimal(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    if (unit.isEmpty()) {
      return Optional.of(number.toBigInteger().toString());
    }
    int power = UNITS.indexOf(unit) + 1;
    try {
      // 1.5GB is not a whole number of GiB: express it in the next smaller unit, or in bytes.
      for (int p = power; p >= 1; p--) {
        BigDecimal scaled = number.multiply(BigDecimal.valueOf(1024).pow(power - p));
        if (scaled.stripTrailingZeros().scale() <= 0) {
          return Optional.of(scaled.toBigIntegerExact() + String.valueOf(Character.toUpperCase(UNITS.charAt(p - 1))) + "i");
        }
      }
      return Optional.of(number.multiply(BigDecimal.valueOf(1024).pow(power)).toBigInteger().toString());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }
}
