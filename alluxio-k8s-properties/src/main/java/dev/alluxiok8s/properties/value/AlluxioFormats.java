package dev.alluxiok8s.properties.value;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations and data sizes, accepted exactly when Alluxio 2.9's {@code FormatUtils.parseTimeSize}
 * and {@code parseSpaceSize} accept them, so that a value passing here does not fail there. Both
 * are more lenient than they look in one place and stricter in another: a duration's number has no
 * fraction ({@code 1.5s} fails, {@code 90s} works), a data size's may ({@code 1.5GB}).
 */
public final class AlluxioFormats {

  /** Alluxio's split of a duration into digits (with an optional minus) and letters. */
  private static final Pattern DURATION = Pattern.compile("([-]?[0-9]*)([a-zA-Z]*)");
  private static final Set<String> DURATION_UNITS = Set.of(
      "", "ms", "millisecond", "s", "sec", "second", "m", "min", "minute", "h", "hr", "hour", "d", "day");
  private static final Set<String> SIZE_UNITS = Set.of("", "b",
      "kb", "k", "kib", "ki", "mb", "m", "mib", "mi", "gb", "g", "gib", "gi",
      "tb", "t", "tib", "ti", "pb", "p", "pib", "pi");

  private AlluxioFormats() {}

  /** Whether Alluxio reads {@code value} as a duration ({@code 30sec}, {@code 5min}, {@code -1}, {@code 100}). */
  public static boolean isDuration(String value) {
    Matcher m = DURATION.matcher(value);
    return m.matches() && isDecimal(m.group(1)) && DURATION_UNITS.contains(m.group(2).toLowerCase(Locale.ROOT));
  }

  /** Whether Alluxio reads {@code value} as a data size ({@code 64MB}, {@code 1.5GB}, {@code 1024}). */
  public static boolean isDataSize(String value) {
    int index = value.length() - 1;
    // Alluxio takes every trailing character that is not a digit as the unit.
    while (index >= 0 && (value.charAt(index) > '9' || value.charAt(index) < '0')) {
      index--;
    }
    String unit = value.substring(index + 1).toLowerCase(Locale.ROOT);
    return isDecimal(value.substring(0, index + 1)) && SIZE_UNITS.contains(unit);
  }

  /** A whole number as Alluxio reads one ({@code Integer.parseInt}, {@code Long.parseLong}), if within min..max. */
  static OptionalLong parseWhole(String s, long min, long max) {
    try {
      long v = Long.parseLong(s);
      return v < min || v > max ? OptionalLong.empty() : OptionalLong.of(v);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Whether Java's {@code Double.parseDouble}, which Alluxio uses for decimals and for both formats' numbers, reads {@code s}. */
  static boolean isDecimal(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
