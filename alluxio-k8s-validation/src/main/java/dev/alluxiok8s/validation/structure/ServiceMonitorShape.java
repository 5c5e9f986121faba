package dev.alluxiok8s.validation.structure;

import dev.alluxiok8s.kube.quantity.PrometheusDuration;
import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.validation.tree.Trees;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structure of the Prometheus operator's {@code monitoring.coreos.com/v1} ServiceMonitor, the
 * one custom resource alluxio-k8s renders, so it is checked instead of waved through as an unknown
 * kind. Checked: the object's own fields, {@code metadata} and {@code spec.selector} as the
 * built-in {@code ObjectMeta} and {@code LabelSelector}, and each endpoint's {@code port},
 * {@code path}, {@code interval} and {@code scrapeTimeout} (the CRD's duration pattern) and
 * {@code relabelings}' shape. The CRD has dozens of further optional fields: those are left alone,
 * not refused, since another tool's ServiceMonitor may use them.
 */
final class ServiceMonitorShape {

  static final String API_VERSION = "monitoring.coreos.com/v1";
  static final String KIND = "ServiceMonitor";


  private static final Set<String> TOP = Set.of("apiVersion", "kind", "metadata", "spec");
  private static final Set<String> ACTIONS = Set.of("replace", "Replace", "keep", "Keep", "drop", "Drop",
      "hashmod", "HashMod", "labelmap", "LabelMap", "labeldrop", "LabelDrop", "labelkeep", "LabelKeep",
      "lowercase", "Lowercase", "uppercase", "Uppercase", "keepequal", "KeepEqual", "dropequal", "DropEqual");

  /** Walks one built-in type's fields below {@code path} (the validator's own structure walk). */
  interface BuiltInWalk {
    void walk(ObjectCheck check, Map<String, Object> value, String model, FieldPath path);
  }

  private final BuiltInWalk builtIn;

  ServiceMonitorShape(BuiltInWalk builtIn) {
    this.builtIn = builtIn;
  }

  static boolean isServiceMonitor(String apiVersion, String kind) {
    return API_VERSION.equals(apiVersion) && KIND.equals(kind);
  }

  void check(ObjectCheck check) {
    Map<String, Object> tree = check.tree();
    for (String field : tree.keySet()) {
      if (!TOP.contains(field)) {
        check.error(StructureValidator.UNKNOWN_FIELD, FieldPath.ROOT.field(field), "unknown field \"" + field + "\"",
            "a ServiceMonitor has the fields apiVersion, kind, metadata, spec");
      }
    }
    Map<String, Object> metadata = object(check, tree, "metadata", FieldPath.ROOT);
    if (metadata != null) {
      builtIn.walk(check, metadata, "V1ObjectMeta", FieldPath.ROOT.field("metadata"));
    }
    Map<String, Object> spec = object(check, tree, "spec", FieldPath.ROOT);
    if (spec == null) {
      return;
    }
    FieldPath specPath = FieldPath.ROOT.field("spec");
    Map<String, Object> selector = object(check, spec, "selector", specPath);
    if (selector != null) {
      builtIn.walk(check, selector, "V1LabelSelector", specPath.field("selector"));
    }
    List<Object> endpoints = list(check, spec, "endpoints", specPath);
    if (endpoints == null) {
      return;
    }
    for (int i = 0; i < endpoints.size(); i++) {
      FieldPath at = specPath.field("endpoints").index(i);
      if (!(endpoints.get(i) instanceof Map<?, ?>)) {
        typeError(check, at, endpoints.get(i), "object");
        continue;
      }
      endpoint(check, Trees.asMap(endpoints.get(i)), at);
    }
  }

  private void endpoint(ObjectCheck check, Map<String, Object> endpoint, FieldPath at) {
    string(check, endpoint, "port", at);
    String path = string(check, endpoint, "path", at);
    if (path != null && !path.startsWith("/")) {
      check.error(StructureValidator.PATTERN, at.field("path"), "Invalid value: \"" + path + "\": must be an absolute path",
          "start the path with /, for example /metrics/prometheus/");
    }
    for (String field : List.of("interval", "scrapeTimeout")) {
      String duration = string(check, endpoint, field, at);
      // The CRD's Duration: the units grammar, or a bare 0.
      if (duration != null && !duration.equals("0") && !PrometheusDuration.matches(duration)) {
        check.error(StructureValidator.PATTERN, at.field(field), "Invalid value: \"" + duration + "\": "
            + at.field(field) + " in body should match '^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?"
            + "(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$'", "write a Prometheus duration such as 30s or 1m30s");
      }
    }
    List<Object> relabelings = list(check, endpoint, "relabelings", at);
    if (relabelings == null) {
      return;
    }
    for (int i = 0; i < relabelings.size(); i++) {
      FieldPath r = at.field("relabelings").index(i);
      if (!(relabelings.get(i) instanceof Map<?, ?>)) {
        typeError(check, r, relabelings.get(i), "object");
        continue;
      }
      Map<String, Object> relabeling = Trees.asMap(relabelings.get(i));
      List<Object> sources = list(check, relabeling, "sourceLabels", r);
      if (sources != null) {
        for (int j = 0; j < sources.size(); j++) {
          if (!(sources.get(j) instanceof String)) {
            typeError(check, r.field("sourceLabels").index(j), sources.get(j), "string");
          }
        }
      }
      string(check, relabeling, "regex", r);
      String action = string(check, relabeling, "action", r);
      if (action != null && !ACTIONS.contains(action)) {
        check.error(StructureValidator.ENUM, r.field("action"), "Unsupported value: \"" + action + "\"",
            "use one of keep, drop, replace, hashmod, labelmap, labeldrop, labelkeep, lowercase, uppercase, keepequal, dropequal");
      }
    }
  }

  private static Map<String, Object> object(ObjectCheck check, Map<String, Object> owner, String field, FieldPath at) {
    Object value = owner.get(field);
    if (value == null) {
      check.error(StructureValidator.REQUIRED, at.field(field), "Required value", "set " + field + " (required by ServiceMonitor)");
      return null;
    }
    if (!(value instanceof Map<?, ?>)) {
      typeError(check, at.field(field), value, "object");
      return null;
    }
    return Trees.asMap(value);
  }

  private static List<Object> list(ObjectCheck check, Map<String, Object> owner, String field, FieldPath at) {
    Object value = owner.get(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof List<?>)) {
      typeError(check, at.field(field), value, "array");
      return null;
    }
    return Trees.asList(value);
  }

  private static String string(ObjectCheck check, Map<String, Object> owner, String field, FieldPath at) {
    Object value = owner.get(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      typeError(check, at.field(field), value, "string");
      return null;
    }
    return s;
  }

  private static void typeError(ObjectCheck check, FieldPath at, Object value, String type) {
    check.error(StructureValidator.TYPE, at, "Invalid value: \"" + Trees.typeName(value) + "\": must be of type " + type,
        "write a " + type + " here");
  }
}
