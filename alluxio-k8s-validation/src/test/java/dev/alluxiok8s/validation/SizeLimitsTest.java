package dev.alluxiok8s.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.validation.rules.ConfigDataRules;
import dev.alluxiok8s.validation.rules.MetadataRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The size limits, whose fixtures would be megabytes of YAML, built in memory instead. */
class SizeLimitsTest {

  private static final KubernetesValidator VALIDATOR = KubernetesValidator.builder().build();

  private static Map<String, Object> configMap(String dataKey, int valueBytes, Map<String, Object> annotations) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("name", "big");
    meta.put("annotations", annotations);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(dataKey, "x".repeat(valueBytes));
    Map<String, Object> cm = new LinkedHashMap<>();
    cm.put("apiVersion", "v1");
    cm.put("kind", "ConfigMap");
    cm.put("metadata", meta);
    cm.put("data", data);
    return cm;
  }

  @Test
  void annotationsOver256KiBAreRejected() {
    int limit = MetadataRules.ANNOTATIONS_MAX_BYTES;
    String key = "example.com/blob";
    var over = VALIDATOR.validateTrees(List.of(configMap("k", 1, Map.of(key, "a".repeat(limit - key.length() + 1)))));
    var at = VALIDATOR.validateTrees(List.of(configMap("k", 1, Map.of(key, "a".repeat(limit - key.length())))));

    assertThat(Fixtures.of(over, MetadataRules.ANNOTATION_SIZE))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("metadata.annotations");
          assertThat(f.message()).isEqualTo("Too long: may not be more than 262144 bytes");
        });
    assertThat(Fixtures.of(at, MetadataRules.ANNOTATION_SIZE)).isEmpty();
  }

  @Test
  void configMapsOver1MiBAreRejected() {
    int limit = ConfigDataRules.CONFIG_MAX_BYTES;
    var over = VALIDATOR.validateTrees(List.of(configMap("k", limit, Map.of())));
    var at = VALIDATOR.validateTrees(List.of(configMap("k", limit - 1, Map.of())));

    assertThat(Fixtures.of(over, ConfigDataRules.CONFIG_SIZE)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("Too long: must have at most 1048576 bytes"));
    assertThat(Fixtures.of(at, ConfigDataRules.CONFIG_SIZE)).isEmpty();
  }
}
