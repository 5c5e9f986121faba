package dev.alluxiok8s.validation.structure;

import dev.alluxiok8s.kube.names.DidYouMean;
import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.kube.quantity.Quantity;
import dev.alluxiok8s.validation.tree.Trees;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks objects against the Kubernetes API structure derived from the official client models (Kubernetes 1.36):
 * known apiVersion and kind, known fields (with a "did you mean"), JSON types, int32 ranges, required
 * fields, closed value sets and the quantity grammar wherever the API types a field as a quantity.
 *
 * <p>Rule ids: {@value #TYPEMETA}, {@value #API_VERSION}, {@value #UNKNOWN_KIND}, {@value #UNKNOWN_FIELD},
 * {@value #TYPE}, {@value #REQUIRED}, {@value #ENUM}, {@value #PATTERN}, {@value #QUANTITY}.
 *
 * <p>The one custom resource alluxio-k8s renders, the Prometheus operator's ServiceMonitor, is
 * checked by {@link ServiceMonitorShape} instead of being reported as an unknown kind.
 */
public final class StructureValidator {

  /** apiVersion or kind missing or not a string. */
  public static final String TYPEMETA = "K8S-STRUCT-TYPEMETA";
  /** A built-in kind at an apiVersion that does not serve it. */
  public static final String API_VERSION = "K8S-STRUCT-APIVERSION";
  /** A kind no built-in API group serves (an error in a built-in group, a warning for custom resources). */
  public static final String UNKNOWN_KIND = "K8S-STRUCT-UNKNOWN-KIND";
  /** A field the type does not have; strict field validation rejects it. */
  public static final String UNKNOWN_FIELD = "K8S-STRUCT-UNKNOWN-FIELD";
  /** A value of the wrong JSON type, or an integer outside int32. */
  public static final String TYPE = "K8S-STRUCT-TYPE";
  /** A required field is missing. */
  public static final String REQUIRED = "K8S-STRUCT-REQUIRED";
  /** A value outside a closed value set. */
  public static final String ENUM = "K8S-STRUCT-ENUM";
  /** A string outside the pattern its field requires (a ServiceMonitor's durations and path). */
  public static final String PATTERN = "K8S-STRUCT-PATTERN";
  /** A quantity that does not follow the quantity grammar. */
  public static final String QUANTITY = "K8S-QUANTITY";

  private final ModelCatalog catalog;

  private StructureValidator(ModelCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * A validator on the shared catalog: the tables are read once per JVM, and each model's structure
   * is parsed once, the first time an object of that type is validated.
   */
  public static StructureValidator create() {
    return new StructureValidator(ModelCatalog.shared());
  }

  /** True when {@code apiVersion}/{@code kind} is a built-in kind of the bundled API. */
  public boolean isBuiltIn(String apiVersion, String kind) {
    return catalog.modelFor(apiVersion, kind) != null;
  }

  /** Whether a built-in kind is namespaced; null for unknown kinds. */
  public Boolean isNamespaced(String kind) {
    return catalog.isNamespaced(kind);
  }

  /**
   * Validates one object's structure.
   *
   * @return true when the kind is built in (or a ServiceMonitor) and its structure was checked
   */
  public boolean validate(ObjectCheck check) {
    Map<String, Object> tree = check.tree();
    Object apiVersion = tree.get("apiVersion");
    Object kind = tree.get("kind");
    boolean ok = typeMeta(check, "apiVersion", apiVersion) & typeMeta(check, "kind", kind);
    if (!ok) {
      return false;
    }
    String v = (String) apiVersion;
    String k = (String) kind;
    String model = catalog.modelFor(v, k);
    if (model == null && ServiceMonitorShape.isServiceMonitor(v, k)) {
      new ServiceMonitorShape(this::walkObject).check(check);
      return true;
    }
    if (model == null) {
      unknownKind(check, v, k);
      return false;
    }
    walkObject(check, tree, model, FieldPath.ROOT);
    return true;
  }

  private static boolean typeMeta(ObjectCheck check, String field, Object value) {
    if (value instanceof String s && !s.isEmpty()) {
      return true;
    }
    String hint =
        field.equals("kind")
            ? "set kind to the object's type, for example Deployment"
            : "set apiVersion to the group/version of the kind, for example apps/v1";
    if (value == null || "".equals(value)) {
      check.error(TYPEMETA, FieldPath.ROOT.field(field), "Required value", hint);
    } else {
      check.error(
          TYPEMETA,
          FieldPath.ROOT.field(field),
          "Invalid value: \"" + Trees.typeName(value) + "\": must be of type string",
          hint);
    }
    return false;
  }

  private void unknownKind(ObjectCheck check, String apiVersion, String kind) {
    List<String> served = catalog.versionsOf(kind);
    String message = "no matches for kind \"" + kind + "\" in version \"" + apiVersion + "\"";
    if (!served.isEmpty()) {
      check.error(
          API_VERSION,
          FieldPath.ROOT.field("apiVersion"),
          message,
          "use apiVersion " + String.join(" or ", served) + " for " + kind);
      return;
    }
    String group = ModelCatalog.groupOf(apiVersion);
    if (catalog.isBuiltInGroup(group)) {
      check.error(
          UNKNOWN_KIND,
          FieldPath.ROOT.field("kind"),
          message,
          DidYouMean.closest(kind, catalog.kindNames())
              .map(s -> "did you mean \"" + s + "\"?")
              .orElse("group \"" + group + "\" has no such kind"));
    } else {
      check.warning(
          UNKNOWN_KIND,
          FieldPath.ROOT.field("kind"),
          message + " among the built-in kinds of the bundled API",
          "a custom resource: its structure is not checked; make sure its CustomResourceDefinition is installed");
    }
  }

  private void walkObject(ObjectCheck check, Map<String, Object> map, String model, FieldPath path) {
    ObjectSchema schema = catalog.schema(model);
    for (Map.Entry<String, Object> e : map.entrySet()) {
      String name = e.getKey();
      FieldPath child = path.field(name);
      FieldType type = schema.fields().get(name);
      if (type == null) {
        check.error(
            UNKNOWN_FIELD,
            child,
            "unknown field \"" + child + "\"",
            DidYouMean.closest(name, schema.names())
                .map(s -> "did you mean \"" + s + "\"?")
                .orElse(schema.typeName() + " has the fields " + String.join(", ", schema.names())));
        continue;
      }
      Object value = e.getValue();
      if (value == null) {
        // JSON null means "unset" to the API server (chart 0.5.2 writes an empty "nodeSelector:").
        continue;
      }
      walk(check, value, type, child, schema, name);
    }
    for (String required : schema.required()) {
      if (map.get(required) == null) {
        check.error(
            REQUIRED,
            path.field(required),
            "Required value",
            "set " + required + " (required by " + schema.typeName() + ")");
      }
    }
  }

  private void walk(
      ObjectCheck check, Object value, FieldType type, FieldPath path, ObjectSchema owner, String field) {
    switch (type.shape()) {
      case STRING, DATE_TIME -> {
        if (!(value instanceof String s)) {
          typeError(check, path, value, type);
        } else {
          checkEnum(check, path, s, owner, field);
        }
      }
      case BYTES -> {
        if (!(value instanceof String s)) {
          typeError(check, path, value, type);
        } else {
          base64(check, path, s);
        }
      }
      case BOOLEAN -> {
        if (!(value instanceof Boolean)) {
          typeError(check, path, value, type);
        }
      }
      case INTEGER -> {
        Long l = value instanceof Boolean ? null : Trees.integral(value);
        if (l == null) {
          typeError(check, path, value, type);
        } else if (type.int32() && (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE)) {
          check.error(
              TYPE, path, "Invalid value: " + l + ": must fit in a 32-bit integer", "use a smaller number");
        }
      }
      case NUMBER -> {
        if (!(value instanceof Number)) {
          typeError(check, path, value, type);
        }
      }
      case INT_OR_STRING -> {
        if (!(value instanceof String) && (value instanceof Boolean || Trees.integral(value) == null)) {
          typeError(check, path, value, type);
        }
      }
      case QUANTITY -> {
        if (!(value instanceof String) && !(value instanceof Number)) {
          typeError(check, path, value, type);
        } else if (Quantity.ofTreeValue(value).isEmpty()) {
          check.error(
              QUANTITY,
              path,
              "Invalid value: " + Trees.quote(Quantity.textOf(value)) + ": " + Quantity.API_FORMAT_MESSAGE,
              "write a number with a suffix from Ki Mi Gi Ti Pi Ei or m k M G T P E, for example 512Mi or 500m");
        }
      }
      case ANY -> {
        // Free-form JSON (RawExtension, JSON schema props): any value is structurally valid.
      }
      case LIST -> {
        List<Object> list = Trees.asList(value);
        if (list == null) {
          typeError(check, path, value, type);
          return;
        }
        for (int i = 0; i < list.size(); i++) {
          Object item = list.get(i);
          if (item != null) {
            walk(check, item, type.element(), path.index(i), owner, field);
          }
        }
      }
      case MAP -> {
        Map<String, Object> map = Trees.asMap(value);
        if (map == null) {
          typeError(check, path, value, type);
          return;
        }
        for (Map.Entry<String, Object> e : map.entrySet()) {
          if (e.getValue() != null) {
            walk(check, e.getValue(), type.element(), path.field(e.getKey()), owner, null);
          }
        }
      }
      case OBJECT -> {
        Map<String, Object> map = Trees.asMap(value);
        if (map == null) {
          typeError(check, path, value, type);
          return;
        }
        walkObject(check, map, type.model(), path);
      }
    }
  }

  /** []byte fields (Secret data, caBundle) travel as standard base64, which Go decodes strictly. */
  private static void base64(ObjectCheck check, FieldPath path, String value) {
    try {
      Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      // The value itself is not echoed: it is usually Secret data.
      check.error(TYPE, path, "illegal base64 data: " + e.getMessage(),
          "encode the value with base64, or put the plain text under stringData (Secrets)");
    }
  }

  private static void checkEnum(ObjectCheck check, FieldPath path, String value, ObjectSchema owner, String field) {
    if (field == null) {
      return;
    }
    List<String> allowed = owner.enums().get(field);
    if (allowed != null && !allowed.contains(value)) {
      check.error(
          ENUM,
          path,
          "Unsupported value: \""
              + value
              + "\": supported values: "
              + allowed.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", ")),
          "use one of the supported values (they are case-sensitive)");
    }
  }

  private static void typeError(ObjectCheck check, FieldPath path, Object value, FieldType type) {
    check.error(
        TYPE,
        path,
        "Invalid value: \"" + Trees.typeName(value) + "\": must be of type " + type.jsonName(),
        type.shape() == FieldType.Shape.STRING && !(value instanceof Map) && !(value instanceof List)
            ? "quote the value in YAML so it stays a string"
            : "write a " + type.jsonName() + " here");
  }
}
