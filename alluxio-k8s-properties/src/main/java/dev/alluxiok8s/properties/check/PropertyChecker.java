package dev.alluxiok8s.properties.check;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.properties.catalog.PropertyCatalog;
import dev.alluxiok8s.properties.catalog.PropertyDefinition;
import dev.alluxiok8s.properties.catalog.Role;
import dev.alluxiok8s.properties.catalog.Scope;
import dev.alluxiok8s.properties.value.ValueCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks one Alluxio property against a catalog: an unknown {@code alluxio.*} key and a value that
 * is not of its key's type are errors; a deprecated key or an alias, and a key set for a process
 * that does not read it, are warnings. Keys outside {@code alluxio.} pass unless the catalog knows
 * them ({@code aws.accessKeyId}, {@code fs.azure.account.key.*}): Alluxio passes such keys on to
 * its under stores, Hadoop and Ratis, which this catalog does not describe.
 *
 * <pre>{@code
 * PropertyChecker checker = new PropertyChecker(Catalogs.newest());
 * checker.check("spec.properties.alluxio.user.file.writetype.defualt", "alluxio.user.file.writetype.defualt",
 *     "CACHE_THROUGH", Optional.empty());
 * // error [ALLUXIO-PROPERTY-UNKNOWN]: ... did you mean alluxio.user.file.writetype.default?
 * }</pre>
 *
 * <p>A value is quoted back only when the catalog does not mark its key as a credential.
 */
public final class PropertyChecker {

  /** An {@code alluxio.*} key that Alluxio does not know (it would ignore it). */
  public static final String UNKNOWN = "ALLUXIO-PROPERTY-UNKNOWN";
  /** A value Alluxio cannot read as its key's type. */
  public static final String VALUE = "ALLUXIO-PROPERTY-VALUE";
  /** A deprecated key, or an alias of a key. */
  public static final String DEPRECATED = "ALLUXIO-PROPERTY-DEPRECATED";
  /** A key set for a process that does not read it. */
  public static final String SCOPE = "ALLUXIO-PROPERTY-SCOPE";
  /** An Alluxio image whose version has no catalog of its own (the newest one is used, and named). */
  public static final String CATALOG = "ALLUXIO-PROPERTY-CATALOG";

  private final PropertyCatalog catalog;

  public PropertyChecker(PropertyCatalog catalog) {
    this.catalog = catalog;
  }

  public PropertyCatalog catalog() {
    return catalog;
  }

  /**
   * The findings on property {@code key = value} written at {@code path}.
   *
   * @param role the process these properties are given to; empty when every process gets them
   */
  public List<Diagnostic> check(String path, String key, String value, Optional<Role> role) {
    List<Diagnostic> found = new ArrayList<>();
    Optional<PropertyCatalog.Lookup> lookup = catalog.find(key);
    if (lookup.isEmpty()) {
      if (key.startsWith("alluxio.")) {
        found.add(unknown(path, key));
      }
      return found;
    }
    PropertyDefinition d = lookup.get().definition();
    ValueCheck.expected(d, value).ifPresent(form -> found.add(diagnostic(Severity.ERROR, VALUE, path,
        (d.credential() ? "the value" : quoted(value)) + " is not a valid " + d.type().name().toLowerCase(java.util.Locale.ROOT)
            + " for Alluxio: expected " + form,
        "")));
    if (lookup.get().via() == PropertyCatalog.Via.ALIAS) {
      found.add(diagnostic(Severity.WARNING, DEPRECATED, path, "is an old name of " + d.name() + " that Alluxio "
          + catalog.version() + " still accepts", "use " + d.name()));
    } else if (d.isDeprecated()) {
      found.add(diagnostic(Severity.WARNING, DEPRECATED, path, "is deprecated in Alluxio " + catalog.version() + ": "
          + d.deprecation(), d.replacement().isEmpty() ? "leave it out" : "use " + d.replacement()));
    }
    role.filter(r -> !d.scope().reaches(r)).ifPresent(r -> found.add(diagnostic(Severity.WARNING, SCOPE, path,
        "is read by " + readers(d.scope()) + ", not by " + r.description() + ", so here it has no effect",
        "set it where " + readers(d.scope()) + " get it, or in the cluster-wide properties")));
    return found;
  }

  private Diagnostic unknown(String path, String key) {
    Optional<String> closest = catalog.closest(key);
    return diagnostic(Severity.ERROR, UNKNOWN, path, "is not a property of Alluxio " + catalog.version()
        + ", which ignores it silently" + closest.map(c -> "; did you mean " + c + "?").orElse(""),
        closest.map(c -> "use " + c).orElse("check the name in Alluxio's configuration reference"));
  }

  /**
   * {@code text} in double quotes, with quotes, backslashes and control characters escaped, so a
   * value from a file can never break or forge a line of the report.
   */
  public static String quoted(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private static String readers(Scope scope) {
    return switch (scope) {
      case MASTER -> "masters";
      case WORKER -> "workers";
      case SERVER -> "masters and workers";
      case CLIENT -> "clients";
      case ALL, NONE -> "every process";
    };
  }

  private static Diagnostic diagnostic(Severity severity, String rule, String path, String message, String hint) {
    Diagnostic d = Diagnostic.of(severity, path, message).withRuleId(rule);
    return hint.isEmpty() ? d : d.withRemedy(Remedy.advice(hint));
  }
}
