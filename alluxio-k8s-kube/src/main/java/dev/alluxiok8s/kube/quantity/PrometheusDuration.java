package dev.alluxiok8s.kube.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Prometheus operator's duration grammar (its CRDs' {@code Duration}): units from years down
 * to milliseconds, each at most once and in that order, e.g. {@code 1m30s}. Here, below both the
 * spec's ServiceMonitor attributes and the validator's ServiceMonitor shape, so the two read one
 * grammar. The CRD also accepts a bare {@code 0}; whoever accepts it says so.
 */
public final class PrometheusDuration {

  /** The units grammar, without the CRD's bare {@code 0}. */
  public static final Pattern PATTERN =
      Pattern.compile("(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?");

  private static final long[] UNIT_MILLIS = {365L * 86_400_000, 7L * 86_400_000, 86_400_000, 3_600_000, 60_000, 1_000, 1};

  private PrometheusDuration() {}

  /** Whether {@code text} is written in the units grammar (the empty text is, and means nothing). */
  public static boolean matches(String text) {
    return PATTERN.matcher(text).matches();
  }

  /**
   * The length of a duration in the units grammar, in milliseconds; {@link Long#MAX_VALUE} when it
   * is longer than a long holds (longer than any interval anyone means, so comparing stays meaningful).
   *
   * @throws IllegalArgumentException if {@code duration} is not in the grammar
   */
  public static long millis(String duration) {
    Matcher m = PATTERN.matcher(duration);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a Prometheus duration: " + duration);
    }
    long total = 0;
    try {
      for (int i = 0; i < UNIT_MILLIS.length; i++) {
        String amount = m.group(2 + 2 * i);
        if (amount != null) {
          total = Math.addExact(total, Math.multiplyExact(Long.parseLong(amount), UNIT_MILLIS[i]));
        }
      }
      return total;
    } catch (ArithmeticException | NumberFormatException tooLong) {
      return Long.MAX_VALUE;
    }
  }
}
