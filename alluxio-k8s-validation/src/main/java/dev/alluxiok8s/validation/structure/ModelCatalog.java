package dev.alluxiok8s.validation.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Kubernetes API structure of the official Java client models (client-java-api), without loading
 * them: which kinds exist at which apiVersion ({@code kinds.tsv}, derived from the client's API classes)
 * and, for every model reachable from those kinds, its fields, their types and its required fields
 * ({@code structure.tsv}, derived from the models' {@code @SerializedName} fields, Java field types and
 * {@code openapiRequiredFields}). Both tables are generated from the jar on the classpath and a test
 * ({@code StructureTableTest}) re-derives them by reflection and fails when they drift, so bumping the
 * client version means regenerating them. Reading the tables instead of reflecting at run time keeps
 * the first validation cheap: loading and reflecting the hundred model classes a StatefulSet touches
 * costs about 100 ms of CPU in a fresh JVM.
 */
final class ModelCatalog {

  /** apiVersion + " " + kind → model class simple name. */
  private final Map<String, String> kinds;
  /** kind → apiVersions that serve it, sorted. */
  private final Map<String, List<String>> versionsByKind;
  /** kind → namespaced. */
  private final Map<String, Boolean> namespaced;
  /** API groups that the catalog knows (built-in groups). */
  private final Set<String> groups;
  /** The structure table's text, and where each model's block starts in it. */
  private final String structure;
  private final Map<String, Integer> blocks;

  private final Map<String, ObjectSchema> schemas = new ConcurrentHashMap<>();

  private ModelCatalog(
      Map<String, String> kinds,
      Map<String, List<String>> versionsByKind,
      Map<String, Boolean> namespaced,
      Set<String> groups,
      String structure,
      Map<String, Integer> blocks) {
    this.kinds = kinds;
    this.versionsByKind = versionsByKind;
    this.namespaced = namespaced;
    this.groups = groups;
    this.structure = structure;
    this.blocks = blocks;
  }

  /** Read once per JVM: the tables never change, and parsed schemas are cached thread-safely. */
  private static final class Shared {
    static final ModelCatalog INSTANCE = load();
  }

  /**
   * The catalog every validator shares, so that building a validator (once per render) does not
   * read the tables again.
   */
  static ModelCatalog shared() {
    return Shared.INSTANCE;
  }

  /** Loads the kind table and indexes the structure table bundled with this module. */
  static ModelCatalog load() {
    Map<String, String> kinds = new TreeMap<>();
    Map<String, List<String>> versions = new TreeMap<>();
    Map<String, Boolean> namespaced = new TreeMap<>();
    Set<String> groups = new TreeSet<>();
    for (String line : read("kinds.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      kinds.put(f[0] + " " + f[1], f[2]);
      versions.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
      namespaced.put(f[1], f[3].equals("Namespaced"));
      groups.add(groupOf(f[0]));
    }
    versions.values().forEach(Collections::sort);
    String structure = read("structure.tsv");
    Map<String, Integer> blocks = new HashMap<>();
    int at = structure.startsWith("@") ? 0 : structure.indexOf("\n@");
    while (at >= 0) {
      int nameStart = structure.charAt(at) == '@' ? at + 1 : at + 2;
      int end = structure.indexOf('\n', nameStart);
      blocks.put(structure.substring(nameStart, end), end + 1);
      at = structure.indexOf("\n@", end);
    }
    return new ModelCatalog(kinds, versions, namespaced, groups, structure, blocks);
  }

  private static String read(String resource) {
    try (InputStream in = ModelCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      StringBuilder b = new StringBuilder();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      char[] buf = new char[16384];
      for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
        b.append(buf, 0, n);
      }
      return b.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The group part of an apiVersion ({@code ""} for the core group). */
  static String groupOf(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** The model class simple name for an apiVersion and kind, or null when the pair is not a built-in kind. */
  String modelFor(String apiVersion, String kind) {
    return kinds.get(apiVersion + " " + kind);
  }
  /** The apiVersions serving {@code kind}, empty when no built-in group has it. */
  List<String> versionsOf(String kind) {
    return versionsByKind.getOrDefault(kind, List.of());
  }

  /** All built-in kinds, sorted. */
  Set<String> kindNames() {
    return versionsByKind.keySet();
  }

  /** True when a built-in group has this name (so an unknown kind in it is a mistake, not a CRD). */
  boolean isBuiltInGroup(String group) {
    return groups.contains(group);
  }

  /** True when the kind is namespaced, false when cluster-scoped, null when unknown. */
  Boolean isNamespaced(String kind) {
    return namespaced.get(kind);
  }

  /** The fields of a model, parsed from the structure table the first time it is needed. */
  ObjectSchema schema(String model) {
    ObjectSchema s = schemas.get(model);
    if (s == null) {
      s = parse(model);
      schemas.put(model, s);
    }
    return s;
  }

  private ObjectSchema parse(String model) {
    Integer start = blocks.get(model);
    if (start == null) {
      throw new IllegalStateException("structure.tsv has no model " + model + "; regenerate it");
    }
    Map<String, FieldType> fields = new LinkedHashMap<>();
    Set<String> required = new TreeSet<>();
    int at = start;
    while (at < structure.length() && structure.charAt(at) != '@') {
      int end = structure.indexOf('\n', at);
      if (end < 0) {
        end = structure.length();
      }
      String[] f = structure.substring(at, end).split("\t");
      fields.put(f[0], FieldType.decode(f[1]));
      if (f.length > 2) {
        required.add(f[0]);
      }
      at = end + 1;
    }
    String typeName = typeName(model);
    Map<String, List<String>> enums = new LinkedHashMap<>();
    for (String field : fields.keySet()) {
      List<String> values = EnumValues.of(typeName, field);
      if (values != null) {
        enums.put(field, values);
      }
    }
    return new ObjectSchema(
        typeName,
        Collections.unmodifiableMap(fields),
        Collections.unmodifiableSet(required),
        List.copyOf(new TreeSet<>(fields.keySet())),
        Collections.unmodifiableMap(enums));
  }

  /** {@code V1PodSpec} → {@code PodSpec}, {@code CoreV1Event} → {@code Event}. */
  static String typeName(String model) {
    return model.replaceFirst("^[A-Za-z]*?V\\d+(?:(?:alpha|beta)\\d+)?(?=[A-Z])", "");
  }
}
