package dev.alluxiok8s.schema.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The docs site's spec reference ({@code src/site/markdown/spec.md}) is made from the JSON Schema,
 * which the sync test keeps equal to the model, so the page cannot drift from either. Run with
 * {@code -Dalluxio.k8s.golden.update=true} to rewrite the page after a reviewed schema change.
 */
class SpecReferencePageTest {

  private static final Path PAGE =
      Path.of(System.getProperty("alluxio.k8s.repo", "..")).resolve("src/site/markdown/spec.md");

  @Test
  void theReferencePageDescribesEveryAttributeOfTheSchema() throws IOException {
    String page = page(JsonMapper.builder().build().readTree(SpecSchema.json()));

    if (Boolean.getBoolean("alluxio.k8s.golden.update")) {
      Files.writeString(PAGE, page, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("src/site/markdown/spec.md is made from the schema; rerun with -Dalluxio.k8s.golden.update=true")
        .isEqualTo(page);
  }

  static String page(JsonNode schema) {
    JsonNode defs = schema.get("$defs");
    StringBuilder md = new StringBuilder();
    md.append("# The spec file\n\n")
        .append(schema.get("description").asString()).append("\n\n")
        .append("Editors complete and check spec files with the JSON Schema that `bin/alluxio-k8s schema > ")
        .append(SpecSchema.FILE_NAME).append("` writes beside them (shipped in `alluxio-k8s-schema` as `")
        .append(SpecSchema.RESOURCE).append("`), named by the spec's first line `").append(SpecSchema.MODELINE)
        .append("`; [Editor setup](editors.html) says how to turn it on in VS Code and IntelliJ. ")
        .append("The samples in `samples/` show every scenario of Alluxio's guide.\n\n")
        .append("This page is made from that schema.\n\n")
        .append("| attribute | type | default | description |\n|---|---|---|---|\n");
    List<String> rows = new ArrayList<>();
    walk(defs, defs.get("AlluxioCluster"), "", rows, new ArrayList<>());
    rows.forEach(md::append);
    return md.toString();
  }

  private static void walk(JsonNode defs, JsonNode type, String prefix, List<String> rows, List<String> seen) {
    JsonNode required = type.get("required");
    for (Map.Entry<String, JsonNode> e : type.get("properties").properties()) {
      String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      JsonNode property = e.getValue();
      JsonNode target = resolve(defs, property);
      boolean isRequired = required != null && required.toString().contains("\"" + e.getKey() + "\"");
      String description = text(property.get("description")) + (isRequired ? " Required." : "");
      if (target.has("properties") && !seen.contains(path)) {
        rows.add(row(path, "object", "", description));
        walk(defs, target, path, rows, seen);
      } else if ("array".equals(text(property.get("type"))) && resolve(defs, property.get("items")).has("properties")) {
        rows.add(row(path, "list of objects", defaultOf(property), description));
        walk(defs, resolve(defs, property.get("items")), path + "[]", rows, seen);
      } else {
        rows.add(row(path, typeOf(defs, property), defaultOf(property), description));
      }
    }
  }

  private static JsonNode resolve(JsonNode defs, JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref == null ? node : defs.get(ref.asString().substring("#/$defs/".length()));
  }

  private static String typeOf(JsonNode defs, JsonNode property) {
    JsonNode target = resolve(defs, property);
    if (target.has("enum")) {
      List<String> values = new ArrayList<>();
      target.get("enum").forEach(v -> values.add("`" + v.asString() + "`"));
      return String.join(", ", values);
    }
    JsonNode types = target.get("type");
    if (types != null && types.isArray()) {
      List<String> names = new ArrayList<>();
      types.forEach(t -> names.add(t.asString()));
      return String.join(" or ", names);
    }
    String type = text(types);
    if ("array".equals(type)) {
      return "list of " + typeOf(defs, target.get("items"));
    }
    if ("object".equals(type) && target.has("additionalProperties") && target.get("additionalProperties").isObject()) {
      return "map of " + typeOf(defs, target.get("additionalProperties"));
    }
    return type.isEmpty() ? "any" : type;
  }

  private static String defaultOf(JsonNode property) {
    JsonNode value = property.get("default");
    if (value == null || value.isObject()) {
      return "";
    }
    return "`" + (value.isString() ? value.asString() : value.toString()) + "`";
  }

  private static String row(String path, String type, String dflt, String description) {
    return "| `" + path + "` | " + type + " | " + dflt + " | " + description.replace("|", "\\|") + " |\n";
  }

  private static String text(JsonNode node) {
    return node == null || !node.isValueNode() ? "" : node.asString();
  }
}
