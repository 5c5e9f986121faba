package dev.alluxiok8s.render.config;

import dev.alluxiok8s.kube.quantity.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Kubernetes quantities in Alluxio's size syntax. Alluxio reads {@code 1G} as 2^30 bytes where
 * Kubernetes means 10^9, and it does not know {@code Gi} at all; chart 0.5.2 passed the text
 * through, so a tier's quota could exceed its own emptyDir size limit. Here the exact number of
 * bytes is kept: a binary quantity in the largest binary unit that holds it exactly ({@code 1Gi}
 * becomes {@code 1GB}, {@code 1.5Gi} becomes {@code 1536MB}), anything else as plain bytes
 * ({@code 1G} becomes {@code 1000000000}).
 */
public final class AlluxioSize {

  private static final String[] UNITS = {"PB", "TB", "GB", "MB", "KB"};
  private static final int[] SHIFTS = {50, 40, 30, 20, 10};

  private AlluxioSize() {}

  /** {@code quantity} (a valid Kubernetes quantity) as an Alluxio size. */
  public static String of(String quantity) {
    BigDecimal bytes = Quantity.parse(quantity)
        .orElseThrow(() -> new IllegalArgumentException("not a Kubernetes quantity: " + quantity))
        .value();
    BigInteger whole;
    try {
      whole = bytes.toBigIntegerExact();
    } catch (ArithmeticException e) {
      whole = bytes.toBigInteger().add(BigInteger.ONE); // Kubernetes rounds fractional bytes up
    }
    if (!quantity.endsWith("i")) {
      return whole.toString();
    }
    for (int i = 0; i < UNITS.length; i++) {
      BigInteger unit = BigInteger.ONE.shiftLeft(SHIFTS[i]);
      BigInteger[] qr = whole.divideAndRemainder(unit);
      if (qr[1].signum() == 0 && qr[0].signum() > 0) {
        return qr[0] + UNITS[i];
      }
    }
    return whole.toString();
  }
}
