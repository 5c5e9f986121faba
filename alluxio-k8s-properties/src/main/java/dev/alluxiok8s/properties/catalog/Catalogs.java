package dev.alluxiok8s.properties.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogs shipped, and which one checks a given Alluxio image. One catalog per minor line:
 * Alluxio keeps its keys within a line ({@code 2.9.x}), so {@code 2.9.4}'s catalog checks every
 * {@code 2.9} image. A tag of another line, or one that names no version ({@code latest}), is
 * checked with the newest catalog, and the selection says so.
 */
public final class Catalogs {

  /** The resource of the newest (and only) catalog; {@code CatalogGeneratorTest} writes it. */
  public static final String RESOURCE = "alluxio-2.9.4.catalog";
  /** The minor line that catalog covers. */
  static final String LINE = "2.9";

  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.\\d+)?(?:[-._+].*)?");

  private static volatile PropertyCatalog newest;

  private Catalogs() {}

  /**
   * The catalog picked for an image tag, and when the tag is not of its line a note saying which
   * catalog was used instead.
   */
  public record Selection(PropertyCatalog catalog, Optional<String> note) {}

  /** The catalog for Alluxio image tag {@code tag} ({@code 2.9.4}, {@code 2.9.3-hadoop3}, {@code latest}). */
  public static Selection forImageTag(String tag) {
    PropertyCatalog catalog = newest();
    Matcher m = VERSION.matcher(tag);
    if (m.matches() && (m.group(1) + "." + m.group(2)).equals(LINE)) {
      return new Selection(catalog, Optional.empty());
    }
    return new Selection(catalog, Optional.of("alluxio-k8s has no property catalog for Alluxio image tag \"" + tag
        + "\"; properties are checked against Alluxio " + catalog.version() + "'s (" + catalog.source() + ")"));
  }

  /** The newest catalog shipped. */
  public static PropertyCatalog newest() {
    PropertyCatalog c = newest;
    if (c == null) {
      c = load(RESOURCE);
      newest = c;
    }
    return c;
  }

  static PropertyCatalog load(String resource) {
    try (InputStream in = Catalogs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the property catalog " + resource + " is missing from the class path");
      }
      return CatalogFormat.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
