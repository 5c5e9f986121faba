package dev.alluxiok8s.schema.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema uses only keywords of draft 2020-12's vocabularies (and {@code x-} annotations), so
 * that a strict validator compiles it: Ajv's strict mode refuses an unknown keyword outright.
 */
class SchemaKeywordsTest {

  /** The keywords of the 2020-12 core, applicator, unevaluated, validation, meta-data, format and content vocabularies. */
  static final Set<String> KEYWORDS = Set.of(
      "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
      "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems", "items", "contains",
      "properties", "patternProperties", "additionalProperties", "propertyNames",
      "unevaluatedItems", "unevaluatedProperties",
      "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
      "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
      "maxProperties", "minProperties", "required", "dependentRequired",
      "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
      "format", "contentEncoding", "contentMediaType", "contentSchema");

  /** Keywords whose value maps names to schemas. */
  private static final Set<String> SCHEMA_MAPS = Set.of("$defs", "properties", "patternProperties", "dependentSchemas");
  /** Keywords whose value is one schema or a list of schemas. */
  private static final Set<String> SCHEMAS = Set.of("allOf", "anyOf", "oneOf", "not", "if", "then", "else", "prefixItems",
      "items", "contains", "additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema");

  static List<String> unknownKeywords(JsonNode schema) {
    List<String> unknown = new ArrayList<>();
    walk(schema, "#", unknown);
    return unknown;
  }

  private static void walk(JsonNode schema, String at, List<String> unknown) {
    if (!schema.isObject()) {
      return; // true and false are schemas with no keywords
    }
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      String keyword = e.getKey();
      JsonNode value = e.getValue();
      String here = at + "/" + keyword;
      if (!KEYWORDS.contains(keyword) && !keyword.startsWith("x-")) {
        unknown.add(here);
      } else if (SCHEMA_MAPS.contains(keyword)) {
        value.properties().forEach(named -> walk(named.getValue(), here + "/" + named.getKey(), unknown));
      } else if (SCHEMAS.contains(keyword) && value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          walk(value.get(i), here + "/" + i, unknown);
        }
      } else if (SCHEMAS.contains(keyword)) {
        walk(value, here, unknown);
      }
    }
  }

  @Test
  void thePublishedSchemaUsesOnlyStandardKeywords() {
    assertThat(unknownKeywords(JsonMapper.shared().readTree(SpecSchema.json()))).isEmpty();
  }

  @Test
  void anUnknownKeywordIsFoundWhereverItIsAndAnAnnotationIsNot() {
    JsonNode schema = JsonMapper.shared().readTree("""
        {"$defs": {"Tag": {"type": "string", "message": {"not": "no latest"}, "x-message": "fine"}},
         "properties": {"message": {"allOf": [{"errorMessage": "x"}]}},
         "default": {"message": "data, not a keyword"}}
        """);

    assertThat(unknownKeywords(schema)).containsExactly("#/$defs/Tag/message", "#/properties/message/allOf/0/errorMessage");
  }
}
