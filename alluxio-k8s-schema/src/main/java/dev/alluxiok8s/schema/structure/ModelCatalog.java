package dev.alluxiok8s.schema.structure;

import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Kubernetes API structure, read from the official Java client models on the classpath
 * (client-java-api): which kinds exist at which apiVersion ({@code kinds.tsv}, generated from the
 * client's API classes), and for each model class its fields ({@code @SerializedName}), their Java types
 * and its {@code openapiRequiredFields}. Nothing is downloaded; model classes are reflected on lazily, the
 * first time an object of that type is validated, so setup stays cheap.
 */
final class ModelCatalog {

  private static final String MODELS = "io.kubernetes.client.openapi.models.";

  /** apiVersion + " " + kind → model class name. */
  private final Map<String, String> kinds;
  /** kind → apiVersions that serve it, sorted. */
  private final Map<String, List<String>> versionsByKind;
  /** kind → namespaced. */
  private final Map<String, Boolean> namespaced;
  /** API groups that the catalog knows (built-in groups). */
  private final Set<String> groups;

  private final Map<Class<?>, ObjectSchema> schemas = new ConcurrentHashMap<>();

  private ModelCatalog(
      Map<String, String> kinds,
      Map<String, List<String>> versionsByKind,
      Map<String, Boolean> namespaced,
      Set<String> groups) {
    this.kinds = kinds;
    this.versionsByKind = versionsByKind;
    this.namespaced = namespaced;
    this.groups = groups;
  }

  /**
   * The catalog every validator shares: the kind table and the models never change within a JVM,
   * so neither does what was reflected from them, and a new validator (one per {@code
   * ManifestRenderer.render}) need not read the table and reflect on the models again.
   */
  static ModelCatalog shared() {
    return Shared.CATALOG;
  }

  private static final class Shared {
    static final ModelCatalog CATALOG = load();
  }

  /** Loads the kind table bundled with this module. */
  static ModelCatalog load() {
    Map<String, String> kinds = new TreeMap<>();
    Map<String, List<String>> versions = new TreeMap<>();
    Map<String, Boolean> namespaced = new TreeMap<>();
    Set<String> groups = new TreeSet<>();
    try (InputStream in = ModelCatalog.class.getResourceAsStream("kinds.tsv")) {
      if (in == null) {
        throw new IllegalStateException("kinds.tsv is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        kinds.put(f[0] + " " + f[1], f[2]);
        versions.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
        namespaced.put(f[1], f[3].equals("Namespaced"));
        groups.add(groupOf(f[0]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    versions.values().forEach(Collections::sort);
    return new ModelCatalog(kinds, versions, namespaced, groups);
  }

  /** The group part of an apiVersion ({@code ""} for the core group). */
  static String groupOf(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** The model class for an apiVersion and kind, or null when the pair is not a built-in kind. */
  Class<?> modelFor(String apiVersion, String kind) {
    String name = kinds.get(apiVersion + " " + kind);
    if (name == null) {
      return null;
    }
    try {
      return Class.forName(MODELS + name, true, ModelCatalog.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("client model " + name + " is missing from the classpath", e);
    }
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

  /** The fields of a model class, reflected once. */
  ObjectSchema schema(Class<?> model) {
    ObjectSchema s = schemas.get(model);
    if (s == null) {
      s = reflect(model);
      schemas.put(model, s);
    }
    return s;
  }

  private static ObjectSchema reflect(Class<?> model) {
    Map<String, FieldType> fields = new LinkedHashMap<>();
    for (Field f : model.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      String name = serializedName(model, f);
      if (name == null) {
        continue;
      }
      fields.put(name, typeOf(f.getGenericType()));
    }
    Set<String> required = new TreeSet<>();
    try {
      Field r = model.getField("openapiRequiredFields");
      Object value = r.get(null);
      if (value instanceof Set<?> set) {
        set.forEach(x -> required.add(String.valueOf(x)));
      }
    } catch (NoSuchFieldException | IllegalAccessException e) {
      // Models without the table have no required fields.
    }
    List<String> names = new ArrayList<>(new TreeSet<>(fields.keySet()));
    return new ObjectSchema(
        typeName(model),
        Collections.unmodifiableMap(fields),
        Collections.unmodifiableSet(required),
        List.copyOf(names));
  }

  /**
   * The JSON name of a model field: its {@code @SerializedName} value, or null when it has none.
   *
   * <p>The generated models declare each name twice, as the annotation and as a constant {@code
   * SERIALIZED_NAME_<FIELD_IN_UPPER_SNAKE_CASE>} that the annotation refers to. Reading the constant
   * costs about a tenth of parsing the annotation (annotation proxies), which was a third of a cold
   * validator's first validation; fields without such a constant ({@code _default}, {@code $ref})
   * fall back to the annotation. A test checks that both give the same name for every model.
   */
  static String serializedName(Class<?> model, Field field) {
    try {
      Field constant = model.getDeclaredField("SERIALIZED_NAME_" + upperSnakeCase(field.getName()));
      if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
        return (String) constant.get(null);
      }
    } catch (NoSuchFieldException | IllegalAccessException e) {
      // No constant: read the annotation.
    }
    SerializedName n = field.getAnnotation(SerializedName.class);
    return n == null ? null : n.value();
  }

  /** {@code podManagementPolicy} → {@code POD_MANAGEMENT_POLICY}. */
  private static String upperSnakeCase(String javaName) {
    StringBuilder b = new StringBuilder(javaName.length() + 8);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        b.append('_');
      }
      b.append(Character.toUpperCase(c));
    }
    return b.toString();
  }

  /** {@code V1PodSpec} → {@code PodSpec}, {@code CoreV1Event} → {@code Event}. */
  static String typeName(Class<?> model) {
    return model.getSimpleName().replaceFirst("^[A-Za-z]*?V\\d+(?:(?:alpha|beta)\\d+)?(?=[A-Z])", "");
  }

  private static FieldType typeOf(Type t) {
    if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
        return new FieldType(FieldType.Shape.LIST, typeOf(args[0]), null, false);
      }
      if (Map.class.isAssignableFrom(raw)) {
        return new FieldType(FieldType.Shape.MAP, typeOf(args[1]), null, false);
      }
      return FieldType.of(FieldType.Shape.ANY);
    }
    if (!(t instanceof Class<?> c)) {
      return FieldType.of(FieldType.Shape.ANY);
    }
    if (c == String.class) {
      return FieldType.of(FieldType.Shape.STRING);
    }
    if (c == Integer.class || c == int.class) {
      return new FieldType(FieldType.Shape.INTEGER, null, null, true);
    }
    if (c == Long.class || c == long.class) {
      return new FieldType(FieldType.Shape.INTEGER, null, null, false);
    }
    if (c == Boolean.class || c == boolean.class) {
      return FieldType.of(FieldType.Shape.BOOLEAN);
    }
    if (c == Double.class || c == Float.class || c == BigDecimal.class) {
      return FieldType.of(FieldType.Shape.NUMBER);
    }
    if (c == Quantity.class) {
      return FieldType.of(FieldType.Shape.QUANTITY);
    }
    if (c == IntOrString.class) {
      return FieldType.of(FieldType.Shape.INT_OR_STRING);
    }
    if (c == OffsetDateTime.class) {
      return FieldType.of(FieldType.Shape.DATE_TIME);
    }
    if (c == byte[].class) {
      return FieldType.of(FieldType.Shape.BYTES);
    }
    if (c.getName().startsWith(MODELS)) {
      return new FieldType(FieldType.Shape.OBJECT, null, c, false);
    }
    return FieldType.of(FieldType.Shape.ANY);
  }
}
