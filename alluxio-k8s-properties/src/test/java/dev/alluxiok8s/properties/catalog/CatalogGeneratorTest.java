package dev.alluxiok8s.properties.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import alluxio.ProjectConstants;
import alluxio.conf.PropertyKey;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The catalog resource is generated from Alluxio's own {@link PropertyKey} (test scope only), and
 * this test fails when the resource drifts from the class on the test class path: after an Alluxio
 * upgrade, rerun with {@code -Dalluxio.k8s.catalog.update=true} and review the line diff.
 */
class CatalogGeneratorTest {

  private static final Path RESOURCE = Path.of("src/main/resources/dev/alluxiok8s/properties/catalog")
      .resolve(Catalogs.RESOURCE);
  private static final Pattern KEY_IN_TEXT = Pattern.compile("alluxio(\\.[A-Za-z0-9_-]+)+|[A-Z][A-Z0-9_]{2,}");
  /** PropertyKey's constants by field name, as messages name them ("use WORKER_BLOCK_ANNOTATOR_CLASS"). */
  private static final Map<String, PropertyKey> FIELDS = new TreeMap<>();

  static {
    for (Field f : PropertyKey.class.getDeclaredFields()) {
      if (f.getType() == PropertyKey.class && Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())) {
        try {
          PropertyKey key = (PropertyKey) f.get(null);
          FIELDS.put(f.getName(), key);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  @Test
  void theCatalogResourceIsWhatAlluxiosPropertyKeyDefines() throws IOException {
    String generated = generate();

    if (Boolean.getBoolean("alluxio.k8s.catalog.update")) {
      Files.writeString(RESOURCE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(RESOURCE, StandardCharsets.UTF_8))
        .as(RESOURCE + " is generated from alluxio.conf.PropertyKey " + ProjectConstants.VERSION
            + "; rerun with -Dalluxio.k8s.catalog.update=true and review the diff")
        .isEqualTo(generated);
  }

  @Test
  void theGeneratedTextReadsBackAsTheSameCatalog() throws IOException {
    String generated = generate();
    PropertyCatalog read = CatalogFormat.read(generated);

    assertThat(read.version()).isEqualTo(ProjectConstants.VERSION);
    assertThat(read.keys()).hasSize(PropertyKey.defaultKeys().size());
    assertThat(read.templates()).hasSize(PropertyKey.Template.values().length);
    assertThat(CatalogFormat.write(read.source(), read.version(), List.copyOf(read.keys().values()), read.templates()))
        .isEqualTo(generated);
  }

  static String generate() {
    List<PropertyDefinition> keys = new ArrayList<>();
    for (PropertyKey key : PropertyKey.defaultKeys()) {
      keys.add(definition(key.getName(), Optional.empty(), key));
    }
    List<PropertyDefinition> templates = new ArrayList<>();
    for (PropertyKey.Template template : PropertyKey.Template.values()) {
      templates.add(definition(field(template, "mFormat").toString(),
          Optional.of((Pattern) field(template, "mPattern")), sampleOf(template)));
    }
    return CatalogFormat.write("org.alluxio:alluxio-core-common:" + ProjectConstants.VERSION + ", alluxio.conf.PropertyKey",
        ProjectConstants.VERSION, keys, templates);
  }

  private static PropertyDefinition definition(String name, Optional<Pattern> pattern, PropertyKey key) {
    // Alluxio marks some keys deprecated without a message; the mark alone is what counts.
    String deprecation = !PropertyKey.isDeprecated(key) ? ""
        : PropertyKey.getDeprecationMessage(key).isEmpty() ? "deprecated, with no message"
        : PropertyKey.getDeprecationMessage(key);
    List<String> enumValues = key.getType() == PropertyKey.PropertyType.ENUM
        ? Arrays.stream(key.getEnumType().getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList()
        : List.of();
    String delimiter = key.getType() == PropertyKey.PropertyType.LIST ? key.getDelimiter() : "";
    List<String> aliases = key.getAliases() == null ? List.of() : List.of(key.getAliases());
    String defaultValue = key.getDefaultSupplier() == null || key.getDefaultValue() == null && pattern.isPresent()
        ? "" : Optional.ofNullable(key.getDefaultSupplier().getDescription()).orElse("");
    return new PropertyDefinition(name, pattern, PropertyType.valueOf(key.getType().name()),
        Scope.valueOf(key.getScope().name()), key.isHidden(),
        key.getDisplayType() == PropertyKey.DisplayType.CREDENTIALS, delimiter, enumValues, aliases,
        deprecation, replacementIn(name, deprecation), defaultValue);
  }

  /** The first other, current key a deprecation message names: "... use alluxio.x instead". */
  private static String replacementIn(String name, String deprecation) {
    Set<String> named = new LinkedHashSet<>();
    Matcher m = KEY_IN_TEXT.matcher(deprecation);
    while (m.find()) {
      PropertyKey field = FIELDS.get(m.group());
      named.add(field != null ? field.getName() : m.group().replaceAll("[.-]+$", ""));
    }
    return named.stream()
        .filter(k -> !k.equals(name) && PropertyKey.isValid(k) && !PropertyKey.isDeprecated(k))
        .findFirst().orElse("");
  }

  /**
   * A key of the template's family ({@code %d} as 0, {@code %s} as a word), as Alluxio builds it
   * when it meets one. Where Alluxio's format and regular expression disagree ({@code
   * alluxio.%s.rpc.executor.keepalive} against {@code ...keep\.alive}), the formatted key matches
   * nothing, so the template's own type stands.
   */
  private static PropertyKey sampleOf(PropertyKey.Template template) {
    String format = field(template, "mFormat").toString();
    String sample = format.replace("%d", "0").replace("%s", "sample");
    if (template.matches(sample)) {
      return PropertyKey.fromString(sample);
    }
    Object[] params = new Object[format.split("%[ds]", -1).length - 1];
    Arrays.fill(params, "sample");
    return template.format(format.contains("%d") ? new Object[] {0} : params);
  }

  private static Object field(PropertyKey.Template template, String name) {
    try {
      Field f = PropertyKey.Template.class.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(template);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Alluxio's PropertyKey.Template has no field " + name, e);
    }
  }
}
