package dev.alluxiok8s.model.check;

import dev.alluxiok8s.kube.quantity.Quantity;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes in bytes (memory, storage, tier quotas) written in a way that is valid Kubernetes but
 * almost certainly not meant: {@code 512m} is 0.512 bytes ({@code m} is milli), and {@code 20}
 * without a unit is 20 bytes. Both are refused with the size that was likely meant.
 *
 * <pre>{@code
 * SizeUnits.check(problems, "limits.memory", "512m");
 * // limits.memory: "512m" is 0.512 bytes ('m' means milli); did you mean 512Mi?
 * }</pre>
 */
public final class SizeUnits {

  /** A unit-less size below this is taken for a forgotten unit; a real byte count is larger. */
  private static final BigDecimal SMALLEST_UNITLESS = BigDecimal.valueOf(1024L * 1024);
  private static final Pattern NUMBER_AND_SUFFIX = Pattern.compile("([+-]?[0-9.]+)([a-zA-Z]*)");

  private SizeUnits() {}

  /** Records a problem at {@code path} if the size {@code value}, a valid quantity, reads as a slip. */
  public static void check(Problems problems, String path, String value) {
    mistake(value).ifPresent(message -> problems.add(SpecRule.SIZE_UNIT, path, message));
  }

  /** Why {@code value} is likely not the size meant, with the likely one. */
  public static Optional<String> mistake(String value) {
    Optional<Quantity> parsed = Quantity.parse(value);
    Matcher m = NUMBER_AND_SUFFIX.matcher(value);
    if (parsed.isEmpty() || !m.matches()) {
      return Optional.empty();
    }
    String number = m.group(1);
    String suffix = m.group(2);
    if (suffix.equals("m")) {
      return Optional.of("\"" + value + "\" is " + parsed.get().value().stripTrailingZeros().toPlainString()
          + " bytes ('m' means milli); did you mean " + number + "Mi?");
    }
    if (suffix.isEmpty() && parsed.get().value().signum() > 0 && parsed.get().value().compareTo(SMALLEST_UNITLESS) < 0) {
      return Optional.of("\"" + value + "\" has no unit, so it is " + number + " bytes; did you mean " + number
          + "Gi? (units: Ki, Mi, Gi, Ti or k, M, G, T)");
    }
    return Optional.empty();
  }
}
