package dev.alluxiok8s.model.placement;

import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.kube.names.DidYouMean;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SpecRule;
import java.util.List;
import java.util.Map;

/**
 * The shape of a Kubernetes {@code Affinity}, checked where the spec gives it. The affinity is a
 * plain tree in the spec; the renderer maps it onto the client's {@code V1Affinity}, which drops a
 * misspelt field without a word (a required anti-affinity silently gone) and fails on a number
 * where an object belongs. So every field name and value kind is checked here, at its attribute.
 */
final class AffinityShape {

  private enum Kind { OBJECT, LIST, STRING, INT32, STRING_LIST, STRING_MAP }

  private record Field(Kind kind, String type) {}

  private static Field object(String type) {
    return new Field(Kind.OBJECT, type);
  }

  private static Field list(String type) {
    return new Field(Kind.LIST, type);
  }

  private static final Field STRING = new Field(Kind.STRING, "");
  private static final Field INT32 = new Field(Kind.INT32, "");
  private static final Field STRINGS = new Field(Kind.STRING_LIST, "");
  private static final Field STRING_MAP = new Field(Kind.STRING_MAP, "");

  /** Type name -> its fields, as in Kubernetes' core/v1 API (1.36). */
  private static final Map<String, Map<String, Field>> TYPES = Map.of(
      "Affinity", Map.of("nodeAffinity", object("NodeAffinity"), "podAffinity", object("PodAffinity"),
          "podAntiAffinity", object("PodAffinity")),
      "NodeAffinity", Map.of("requiredDuringSchedulingIgnoredDuringExecution", object("NodeSelector"),
          "preferredDuringSchedulingIgnoredDuringExecution", list("PreferredSchedulingTerm")),
      "NodeSelector", Map.of("nodeSelectorTerms", list("NodeSelectorTerm")),
      "NodeSelectorTerm", Map.of("matchExpressions", list("Requirement"), "matchFields", list("Requirement")),
      "Requirement", Map.of("key", STRING, "operator", STRING, "values", STRINGS),
      "PreferredSchedulingTerm", Map.of("weight", INT32, "preference", object("NodeSelectorTerm")),
      "PodAffinity", Map.of("requiredDuringSchedulingIgnoredDuringExecution", list("PodAffinityTerm"),
          "preferredDuringSchedulingIgnoredDuringExecution", list("WeightedPodAffinityTerm")),
      "PodAffinityTerm", Map.of("labelSelector", object("LabelSelector"), "namespaceSelector", object("LabelSelector"),
          "namespaces", STRINGS, "topologyKey", STRING, "matchLabelKeys", STRINGS, "mismatchLabelKeys", STRINGS),
      "WeightedPodAffinityTerm", Map.of("weight", INT32, "podAffinityTerm", object("PodAffinityTerm")),
      "LabelSelector", Map.of("matchLabels", STRING_MAP, "matchExpressions", list("Requirement")));

  private AffinityShape() {}

  /** Checks {@code affinity}, given at {@code path}, against the {@code Affinity} type. */
  static void check(Problems problems, String path, Map<String, Object> affinity) {
    checkObject(problems, path, affinity, "Affinity");
  }

  /** Checks {@code selector}, given at {@code path}, against the {@code LabelSelector} type. */
  static void checkLabelSelector(Problems problems, String path, Map<String, Object> selector) {
    checkObject(problems, path, selector, "LabelSelector");
  }

  private static void checkObject(Problems problems, String path, Map<?, ?> value, String type) {
    Map<String, Field> fields = TYPES.get(type);
    // Sorted, so that the problems come in one order whatever map the reader built.
    value.keySet().stream().map(String::valueOf).sorted().forEach(name -> {
      String at = PathJoiner.key(path, name);
      Field field = fields.get(name);
      if (field == null) {
        List<String> known = fields.keySet().stream().sorted().toList();
        problems.add(SpecRule.AFFINITY_SHAPE, at, "unknown field \"" + name + "\" of " + type
            + DidYouMean.closest(name, known).map(s -> "; did you mean \"" + s + "\"?").orElse(" (known: " + String.join(", ", known) + ")"));
      } else {
        checkValue(problems, at, value.get(name), field);
      }
    });
  }

  private static void checkValue(Problems problems, String path, Object value, Field field) {
    switch (field.kind()) {
      case OBJECT -> {
        if (value instanceof Map<?, ?> map) {
          checkObject(problems, path, map, field.type());
        } else {
          problems.add(SpecRule.AFFINITY_SHAPE, path, "expected a mapping (a " + field.type() + "), got " + describe(value));
        }
      }
      case LIST -> {
        if (value instanceof List<?> items) {
          for (int i = 0; i < items.size(); i++) {
            checkValue(problems, PathJoiner.index(path, i), items.get(i), object(field.type()));
          }
        } else {
          problems.add(SpecRule.AFFINITY_SHAPE, path, "expected a list of " + field.type() + ", got " + describe(value));
        }
      }
      case STRING -> problems.require(value instanceof String, SpecRule.AFFINITY_SHAPE, path, "expected a string, got " + describe(value));
      case INT32 -> problems.require((value instanceof Integer) || (value instanceof Long l && l == l.intValue()), SpecRule.AFFINITY_SHAPE, path,
          "expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", got " + describe(value));
      case STRING_LIST -> {
        if (value instanceof List<?> items) {
          for (int i = 0; i < items.size(); i++) {
            problems.require(items.get(i) instanceof String, SpecRule.AFFINITY_SHAPE, PathJoiner.index(path, i), "expected a string, got " + describe(items.get(i)));
          }
        } else {
          problems.add(SpecRule.AFFINITY_SHAPE, path, "expected a list of strings, got " + describe(value));
        }
      }
      case STRING_MAP -> {
        if (value instanceof Map<?, ?> map) {
          map.forEach((k, v) -> problems.require(v instanceof String, SpecRule.AFFINITY_SHAPE, PathJoiner.key(path, String.valueOf(k)),
              "expected a string, got " + describe(v)));
        } else {
          problems.add(SpecRule.AFFINITY_SHAPE, path, "expected a mapping of names to strings, got " + describe(value));
        }
      }
      default -> throw new IllegalStateException("unhandled kind " + field.kind());
    }
  }

  private static String describe(Object value) {
    if (value == null) {
      return "nothing";
    }
    if (value instanceof Map<?, ?>) {
      return "a mapping";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof Number n) {
      // Only the kind and a bounded rendering: a hostile number may be long.
      String text = String.valueOf(n);
      return "the number " + (text.length() <= 24 ? text : text.substring(0, 24) + "...");
    }
    return "a value of another kind";
  }
}
