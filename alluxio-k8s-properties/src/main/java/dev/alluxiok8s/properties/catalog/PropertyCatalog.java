package dev.alluxiok8s.properties.catalog;

import dev.alluxiok8s.kube.names.DidYouMean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Every property key, alias and key template of one Alluxio release, looked up the way Alluxio's
 * {@code PropertyKey.fromString} does: the key itself, then an alias, then the first template
 * that matches.
 *
 * <pre>{@code
 * PropertyCatalog catalog = Catalogs.forImageTag("2.9.4").catalog();
 * catalog.find("alluxio.worker.tieredstore.level0.dirs.quota")   // the level%d.dirs.quota template, a LIST
 * catalog.closest("alluxio.user.file.writetype.defualt")         // alluxio.user.file.writetype.default
 * }</pre>
 */
public final class PropertyCatalog {

  /** How a key was found. */
  public enum Via {
    KEY,
    ALIAS,
    TEMPLATE
  }

  /**
   * A key as found: its definition (for an alias, the key it stands for; for a template, the
   * template's) and how it was found.
   */
  public record Lookup(String key, PropertyDefinition definition, Via via) {}

  private final String source;
  private final String version;
  private final Map<String, String> keyLines;
  private final Map<String, String> aliasLines;
  private final List<PropertyDefinition> templates;
  private final Function<String, PropertyDefinition> parse;
  /** The key lines parsed so far, by line. */
  private final Map<String, PropertyDefinition> parsed = new ConcurrentHashMap<>();

  /**
   * A catalog whose keys are given as lines, by name and by alias, each parsed by {@code parse}
   * when first needed (see {@link CatalogFormat#read}).
   */
  PropertyCatalog(String source, String version, Map<String, String> keyLines, Map<String, String> aliasLines,
      List<PropertyDefinition> templates, Function<String, PropertyDefinition> parse) {
    this.source = source;
    this.version = version;
    this.keyLines = Map.copyOf(keyLines);
    this.aliasLines = Map.copyOf(aliasLines);
    this.templates = List.copyOf(templates);
    this.parse = parse;
  }

  /** Where the catalog came from: {@code org.alluxio:alluxio-core-common:2.9.4, alluxio.conf.PropertyKey}. */
  public String source() {
    return source;
  }

  /** The Alluxio release it describes, {@code 2.9.4}. */
  public String version() {
    return version;
  }

  /** The keys, by name, in name order (every line parsed). */
  public Map<String, PropertyDefinition> keys() {
    Map<String, PropertyDefinition> keys = new TreeMap<>();
    keyLines.forEach((name, line) -> keys.put(name, definition(line)));
    return Collections.unmodifiableMap(keys);
  }

  /** The key templates, in the order Alluxio tries them. */
  public List<PropertyDefinition> templates() {
    return templates;
  }

  /** The definition of {@code key}, if Alluxio knows it as a key, an alias or an instance of a template. */
  public Optional<Lookup> find(String key) {
    String line = keyLines.get(key);
    if (line != null) {
      return Optional.of(new Lookup(key, definition(line), Via.KEY));
    }
    line = aliasLines.get(key);
    if (line != null) {
      return Optional.of(new Lookup(key, definition(line), Via.ALIAS));
    }
    for (PropertyDefinition t : templates) {
      if (t.pattern().orElseThrow().matcher(key).matches()) {
        return Optional.of(new Lookup(key, t, Via.TEMPLATE));
      }
    }
    return Optional.empty();
  }

  /** The documented key (not hidden, not deprecated) that an unknown one was probably meant to be. */
  public Optional<String> closest(String unknown) {
    List<String> candidates = new ArrayList<>();
    keys().values().stream().filter(d -> !d.hidden() && !d.isDeprecated()).forEach(d -> candidates.add(d.name()));
    return DidYouMean.closest(unknown, candidates);
  }

  private PropertyDefinition definition(String line) {
    return parsed.computeIfAbsent(line, parse);
  }
}
