package dev.alluxiok8s.schema.spec;

import dev.alluxiok8s.model.placement.DnsPolicy;
import dev.alluxiok8s.schema.spec.ModelShape.Attribute;
import dev.alluxiok8s.schema.spec.ModelShape.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares the spec's JSON Schema with the model's {@link ModelShape}, attribute by attribute,
 * and lists every difference with the spec path it concerns, e.g.
 * {@code spec.fuse.demoClient: in the model but not in the schema}.
 *
 * <p>What must agree: the attribute names of every object (and {@code additionalProperties:
 * false}); each value's kind (object, list, map, string, integer, number, boolean) and, for
 * enums, the names; {@code required}; and {@code default}, which must equal the model's
 * {@code @Value.Default}. An object-valued default may be left implicit when it is exactly what
 * the nested defaults add up to. Every model object is a {@code $defs} entry named after its
 * interface, and every property has a {@code description}.
 */
final class SchemaModelSync {

  /** Attributes the model defaults but {@code SpecReader} still demands, so a file says what it is. */
  private static final Set<String> REQUIRED_BY_READER = Set.of("AlluxioCluster.apiVersion", "AlluxioCluster.kind");

  /** Enum names the type has but its invariants refuse; the schema leaves them out. */
  private static final Map<String, Set<String>> REFUSED_BY_CHECKS =
      Map.of("PodSecurityExemption.level", Set.of("restricted"));

  /**
   * Enum names refused wherever their type is used (every component's pod settings, today's and
   * tomorrow's): {@code PodSettingsRules} refuses {@code dnsPolicy: None}, which needs a dnsConfig.
   */
  private static final Map<Class<?>, Set<String>> REFUSED_EVERYWHERE =
      Map.of(DnsPolicy.class, Set.of("None"));

  private static final String DEFS = "#/$defs/";

  private final JsonNode root;
  private final List<String> differences = new ArrayList<>();
  private final Set<String> usedDefs = new HashSet<>();

  private SchemaModelSync(JsonNode root) {
    this.root = root;
  }

  /** Every difference between {@code schema} and {@code model}, in model order; empty when they agree. */
  static List<String> differences(JsonNode schema, ModelShape model) {
    SchemaModelSync sync = new SchemaModelSync(schema);
    sync.compare("", "", model, sync.chain(schema));
    Set<String> unused = new TreeSet<>();
    schema.path("$defs").propertyNames().forEach(unused::add);
    unused.removeAll(sync.usedDefs);
    unused.forEach(name -> sync.differences.add("$defs." + name + ": not used by any property"));
    return sync.differences;
  }

  /**
   * Compares the value at {@code path}; {@code owner} is the attribute it belongs to
   * ({@code DataVolume.accessModes} for the list and for its elements), empty at the root.
   */
  private void compare(String path, String owner, ModelShape model, List<JsonNode> chain) {
    JsonNode schema = chain.get(chain.size() - 1);
    String schemaType = schema.path("type").asString("");
    switch (model.kind()) {
      case OBJECT -> compareObject(path, model, chain);
      case ARRAY -> {
        if (expectType(path, "array", schemaType, model)) {
          compare(path + "[]", owner, model.element(), chain(schema.path("items")));
        }
      }
      case MAP -> {
        if (expectType(path, "object", schemaType, model)) {
          JsonNode values = schema.path("additionalProperties");
          if (schema.has("properties") || !values.isObject()) {
            differences.add(at(path) + "a map in the model, so the schema needs additionalProperties with a value schema and no properties");
          } else {
            compare(path + ".*", owner, model.element(), chain(values));
          }
        }
      }
      case ENUM -> {
        if (expectType(path, "string", schemaType, model)) {
          compareEnum(path, owner, model, schema);
        }
      }
      case STRING -> expectType(path, "string", textType(schema), model);
      case INTEGER -> expectType(path, "integer", schemaType, model);
      case NUMBER -> expectType(path, "number", schemaType, model);
      case BOOLEAN -> expectType(path, "boolean", schemaType, model);
      case ANY -> { } // free-form in the model: any schema is narrower, never in conflict
      default -> throw new IllegalStateException(model.kind().toString());
    }
  }

  /**
   * A string attribute's schema type: "string", or a list of it and "number" where the reader
   * takes a number as written (quantities, image tags), so that editors accept {@code cpu: 2}.
   */
  private static String textType(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray() && type.size() == 2 && type.get(0).asString().equals("string") && type.get(1).asString().equals("number")) {
      return "string";
    }
    return type.asString("");
  }

  private boolean expectType(String path, String expected, String actual, ModelShape model) {
    if (!expected.equals(actual)) {
      differences.add(at(path) + "the model has " + describe(model) + ", so the schema needs type " + expected
          + ", not " + (actual.isEmpty() ? "none" : actual));
      return false;
    }
    return true;
  }

  private void compareEnum(String path, String owner, ModelShape model, JsonNode schema) {
    Set<String> expected = new TreeSet<>(model.enumValues());
    expected.removeAll(REFUSED_BY_CHECKS.getOrDefault(owner, Set.of()));
    expected.removeAll(REFUSED_EVERYWHERE.getOrDefault(model.type(), Set.of()));
    Set<String> actual = new TreeSet<>();
    schema.path("enum").values().forEach(v -> actual.add(v.asString()));
    if (!expected.equals(actual)) {
      differences.add(at(path) + "enum " + actual + " differs from " + model.type().getSimpleName() + "'s names " + expected);
    }
  }

  private void compareObject(String path, ModelShape model, List<JsonNode> chain) {
    String typeName = model.type().getSimpleName();
    String expectedRef = DEFS + typeName;
    boolean referenced = chain.stream().anyMatch(n -> expectedRef.equals(n.path("$ref").asString(null)));
    if (!referenced) {
      differences.add(at(path) + "a " + typeName + ", so the schema should use {\"$ref\": \"" + expectedRef + "\"}");
      return;
    }
    JsonNode schema = chain.get(chain.size() - 1);
    if (!schema.path("type").asString("").equals("object")) {
      differences.add(at(path) + "$defs." + typeName + " needs type object");
    }
    if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
      differences.add(at(path) + "$defs." + typeName + " needs additionalProperties: false, so that typos are caught");
    }
    JsonNode properties = schema.path("properties");
    Set<String> inSchema = new LinkedHashSet<>();
    properties.propertyNames().forEach(inSchema::add);
    for (Attribute attribute : model.attributes().values()) {
      String child = property(path, attribute.name());
      if (!inSchema.remove(attribute.name())) {
        differences.add(at(child) + "in the model (" + typeName + "." + attribute.name() + ") but not in the schema");
        continue;
      }
      List<JsonNode> childChain = chain(properties.path(attribute.name()));
      if (first(childChain, "description") == null) {
        differences.add(at(child) + "has no description");
      }
      compare(child, typeName + "." + attribute.name(), attribute.shape(), childChain);
      compareDefault(child, typeName, attribute, childChain);
    }
    inSchema.forEach(extra -> differences.add(at(property(path, extra))
        + "in the schema but not in the model (" + typeName + " has no attribute " + extra + ")"));
    compareRequired(path, typeName, model, schema);
  }

  private void compareRequired(String path, String typeName, ModelShape model, JsonNode schema) {
    Set<String> required = new TreeSet<>();
    schema.path("required").values().forEach(v -> required.add(v.asString()));
    for (Attribute attribute : model.attributes().values()) {
      String key = typeName + "." + attribute.name();
      boolean inSchema = required.contains(attribute.name());
      if (attribute.required() && !inSchema) {
        differences.add(at(property(path, attribute.name())) + "required by the model but not by the schema");
      } else if (!attribute.required() && inSchema && !REQUIRED_BY_READER.contains(key)
          && !(attribute.shape().kind() == Kind.ARRAY && minItems(schema, attribute.name()) >= 1)) {
        // A list the model's check refuses empty may be required; anything else must be optional.
        differences.add(at(property(path, attribute.name())) + "optional in the model but required by the schema");
      }
    }
  }

  private int minItems(JsonNode objectSchema, String property) {
    JsonNode min = first(chain(objectSchema.path("properties").path(property)), "minItems");
    return min == null ? 0 : min.path("minItems").asInt();
  }

  private void compareDefault(String path, String typeName, Attribute attribute, List<JsonNode> chain) {
    JsonNode declared = first(chain, "default");
    if (attribute.defaultValue() == null) {
      if (declared != null) {
        differences.add(at(path) + "the schema has a default, but " + typeName + "." + attribute.name() + " has none");
      }
      return;
    }
    if (declared != null) {
      if (!declared.get("default").equals(attribute.defaultValue())) {
        differences.add(at(path) + "the schema's default " + declared.get("default") + " differs from the model's "
            + attribute.defaultValue());
      }
      return;
    }
    // No default in the schema: right only for an object whose default is what its own
    // attributes' defaults add up to, each of which is compared where it is declared.
    JsonNode implied = implied(attribute.shape());
    if (implied == null) {
      differences.add(at(path) + "the schema gives no default; the model's is " + attribute.defaultValue());
    } else if (!implied.equals(attribute.defaultValue())) {
      differences.add(at(path) + "the model's default " + attribute.defaultValue() + " is more than its attributes' "
          + "defaults add up to (" + implied + "); give it as the schema's default");
    }
  }

  /**
   * What an object of {@code shape} is when a spec leaves it out and nothing else sets it: each
   * defaulted attribute at its default, empty values left out as spec files are written. Null
   * for anything but an object.
   */
  private static JsonNode implied(ModelShape shape) {
    if (shape.kind() != Kind.OBJECT) {
      return null;
    }
    ObjectNode value = JsonNodeFactory.instance.objectNode();
    for (Attribute attribute : shape.attributes().values()) {
      JsonNode child = attribute.defaultValue();
      boolean empty = child == null || (child.isContainer() && !child.isObject() && child.isEmpty())
          || (child.isString() && child.asString().isEmpty());
      if (!empty) {
        value.set(attribute.name(), child);
      }
    }
    return value;
  }

  /** {@code node} followed by the schemas its {@code $ref}s lead to; records every $defs entry used. */
  private List<JsonNode> chain(JsonNode node) {
    List<JsonNode> chain = new ArrayList<>();
    chain.add(node);
    JsonNode current = node;
    while (current.has("$ref")) {
      String ref = current.get("$ref").asString();
      if (!ref.startsWith(DEFS)) {
        throw new IllegalStateException("only local $defs references are expected, got " + ref);
      }
      String name = ref.substring(DEFS.length());
      usedDefs.add(name);
      current = root.path("$defs").path(name);
      if (current.isMissingNode()) {
        differences.add("$defs." + name + ": referenced but missing");
        break;
      }
      chain.add(current);
    }
    return chain;
  }

  /** The first schema of the chain that has {@code keyword}: the referring node's own wins. */
  private static JsonNode first(List<JsonNode> chain, String keyword) {
    return chain.stream().filter(n -> n.has(keyword)).findFirst().orElse(null);
  }

  private static String at(String path) {
    return (path.isEmpty() ? "(root)" : path) + ": ";
  }

  private static String describe(ModelShape model) {
    return switch (model.kind()) {
      case ARRAY -> "a list";
      case MAP -> "a map";
      case ENUM -> "enum " + model.type().getSimpleName();
      default -> "a " + model.type().getSimpleName();
    };
  }

  /** {@code spec.fuse} and {@code enabled} give {@code spec.fuse.enabled}. */
  private static String property(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
