package dev.alluxiok8s.properties.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One property key of Alluxio, or one key template (a family of keys such as {@code
 * alluxio.worker.tieredstore.level%d.alias}), as its {@code PropertyKey} defines it.
 *
 * @param name the key, or for a template its format ({@code alluxio.master.mount.table.%s.option.%s})
 * @param pattern for a template, the regular expression Alluxio matches keys with
 * @param type the value type
 * @param scope which processes read it
 * @param hidden whether Alluxio leaves it out of its documentation
 * @param credential whether Alluxio displays it as a credential (its value is never quoted back)
 * @param delimiter for a list, what separates its items
 * @param enumValues for an enum, its constants in Alluxio's order
 * @param aliases older names Alluxio still accepts for this key
 * @param deprecation Alluxio's deprecation message; empty when the key is not deprecated
 * @param replacement the key a deprecated one names as its successor; empty when none
 * @param defaultValue Alluxio's default, or the description of a computed default; empty for none
 */
public record PropertyDefinition(
    String name,
    Optional<Pattern> pattern,
    PropertyType type,
    Scope scope,
    boolean hidden,
    boolean credential,
    String delimiter,
    List<String> enumValues,
    List<String> aliases,
    String deprecation,
    String replacement,
    String defaultValue) {

  public PropertyDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(delimiter, "delimiter");
    enumValues = List.copyOf(enumValues);
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(deprecation, "deprecation");
    Objects.requireNonNull(replacement, "replacement");
    Objects.requireNonNull(defaultValue, "defaultValue");
  }

  /** Whether this is a key template rather than one key. */
  public boolean isTemplate() {
    return pattern.isPresent();
  }

  public boolean isDeprecated() {
    return !deprecation.isEmpty();
  }
}
