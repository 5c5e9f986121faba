package dev.alluxiok8s.properties.value;

import dev.alluxiok8s.properties.catalog.PropertyDefinition;
import dev.alluxiok8s.properties.catalog.PropertyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a value is of its key's type, the way Alluxio 2.9's {@code PropertyKey.parseValue} and
 * its configuration getters read it, and if not, the form expected with an example. Alluxio is
 * lenient where leniency hides mistakes: a boolean is {@code Boolean.parseBoolean}, so {@code on}
 * silently means false; those are errors here too, since no one writes {@code on} meaning false.
 *
 * <pre>{@code
 * ValueCheck.expected(booleanKey, "on")    // Optional["true or false (Alluxio reads any other word as false)"]
 * ValueCheck.expected(dataSizeKey, "64MB") // Optional.empty()
 * }</pre>
 */
public final class ValueCheck {

  /** A whole value that refers to another property ({@code ${alluxio.home}}), resolved by Alluxio later. */
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{[^{}]*\\}");

  /**
   * Lists whose items have a type of their own, by the names of their keys (and template): Alluxio
   * parses each quota of a tier as a data size.
   */
  private static final Map<Pattern, PropertyType> LIST_ITEMS = Map.of(
      Pattern.compile("alluxio\\.worker\\.tieredstore\\.level(\\d+|%d)\\.dirs\\.quota"), PropertyType.DATASIZE);

  private ValueCheck() {}

  /** Empty when Alluxio reads {@code value} as a value of {@code key}'s type; else the form expected. */
  public static Optional<String> expected(PropertyDefinition key, String value) {
    if (REFERENCE.matcher(value).matches()) {
      return Optional.empty();
    }
    if (key.type() == PropertyType.LIST) {
      return listItems(key, value);
    }
    return fits(key.type(), key.enumValues(), value) ? Optional.empty() : Optional.of(form(key.type(), key));
  }

  private static Optional<String> listItems(PropertyDefinition key, String value) {
    Optional<PropertyType> items = LIST_ITEMS.entrySet().stream()
        .filter(e -> e.getKey().matcher(key.name()).matches()).map(Map.Entry::getValue).findFirst();
    if (items.isEmpty()) {
      return Optional.empty();
    }
    PropertyType itemType = items.get();
    List<String> bad = new ArrayList<>();
    // Alluxio trims each item and drops empty ones (ConfigurationUtils.parseAsList).
    for (String item : value.split(Pattern.quote(key.delimiter()), -1)) {
      if (!item.isBlank() && !fits(itemType, List.of(), item.trim())) {
        bad.add(item.trim());
      }
    }
    return bad.isEmpty() ? Optional.empty() : Optional.of("a list of " + plural(itemType) + " separated by '"
        + key.delimiter() + "', e.g. 100GB" + key.delimiter() + "1TB");
  }

  static boolean fits(PropertyType type, List<String> enumValues, String value) {
    return switch (type) {
      case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
      case INTEGER -> AlluxioFormats.parseWhole(value, Integer.MIN_VALUE, Integer.MAX_VALUE).isPresent();
      case LONG -> AlluxioFormats.parseWhole(value, Long.MIN_VALUE, Long.MAX_VALUE).isPresent();
      case DOUBLE -> AlluxioFormats.isDecimal(value);
      case DURATION -> AlluxioFormats.isDuration(value);
      case DATASIZE -> AlluxioFormats.isDataSize(value);
      // Alluxio tries the constant as written, then in upper case.
      case ENUM -> enumValues.contains(value) || enumValues.contains(value.toUpperCase(Locale.ROOT));
      case STRING, CLASS, LIST -> true;
    };
  }

  private static String form(PropertyType type, PropertyDefinition key) {
    return switch (type) {
      case BOOLEAN -> "true or false (Alluxio reads any other word as false)";
      case INTEGER -> "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + example(key, "16");
      case LONG -> "a whole number" + example(key, "100000");
      case DOUBLE -> "a decimal number" + example(key, "0.95");
      case DURATION -> "a duration: a whole number and a unit (ms, s or sec, m or min, h or hr, d or day; none means "
          + "milliseconds)" + example(key, "30sec");
      case DATASIZE -> "a data size: a number and a unit (B, KB, MB, GB, TB or PB; K, KiB and the like work too)"
          + example(key, "64MB");
      case ENUM -> "one of " + String.join(", ", key.enumValues());
      case STRING, CLASS, LIST -> throw new IllegalArgumentException(type + " takes any value");
    };
  }

  /** {@code , e.g. 64MB}: Alluxio's default when it is one, else a typical value. */
  private static String example(PropertyDefinition key, String typical) {
    boolean defaultFits = !key.defaultValue().isEmpty() && fits(key.type(), key.enumValues(), key.defaultValue());
    return ", e.g. " + (defaultFits ? key.defaultValue() + " (Alluxio's default)" : typical);
  }

  private static String plural(PropertyType type) {
    return switch (type) {
      case DATASIZE -> "data sizes";
      case DURATION -> "durations";
      default -> type.name().toLowerCase(Locale.ROOT) + " values";
    };
  }
}
