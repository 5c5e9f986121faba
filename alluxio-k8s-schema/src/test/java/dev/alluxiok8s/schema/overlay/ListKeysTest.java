package dev.alluxiok8s.schema.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.schema.spec.SpecSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A list merges by a key only if every item must have it: the JSON Schema of the spec says which
 * attributes an item requires, so a keyed list whose key became optional fails here.
 */
class ListKeysTest {

  private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(SpecSchema.json());

  @Test
  void everyKeyedListIsAListWhoseItemsRequireTheKey() {
    assertThat(ListKeys.all()).isNotEmpty().allSatisfy((shape, key) -> {
      JsonNode list = resolve(at(shape));
      assertThat(list.path("type").asString()).as(shape).isEqualTo("array");
      JsonNode item = resolve(list.path("items"));
      List<String> required = new ArrayList<>();
      item.path("required").forEach(r -> required.add(r.asString()));
      assertThat(required).as(shape + " items require " + key).contains(key);
    });
  }

  @Test
  void tolerationsAreNotKeyedBecauseNoAttributeOfOneIsRequired() {
    JsonNode toleration = resolve(resolve(at("spec.workers.placement.tolerations")).path("items"));

    assertThat(toleration.path("required").isMissingNode() || toleration.path("required").isEmpty()).isTrue();
    assertThat(ListKeys.of("spec.workers.placement.tolerations")).isEmpty();
  }

  /** The schema of the attribute at {@code shape} ({@code a.b[].c}). */
  private static JsonNode at(String shape) {
    JsonNode node = resolve(SCHEMA);
    List<String> steps = new ArrayList<>(List.of(shape.split("\\.")));
    for (String step : steps) {
      boolean item = step.endsWith("[]");
      node = resolve(resolve(node).path("properties").path(item ? step.substring(0, step.length() - 2) : step));
      if (item) {
        node = resolve(node.path("items"));
      }
    }
    return node;
  }

  private static JsonNode resolve(JsonNode node) {
    JsonNode n = node;
    while (n.has("$ref")) {
      String name = n.path("$ref").asString().substring("#/$defs/".length());
      n = SCHEMA.path("$defs").path(name);
    }
    return n;
  }
}
