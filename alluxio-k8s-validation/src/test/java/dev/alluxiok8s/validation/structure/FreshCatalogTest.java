package dev.alluxiok8s.validation.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A catalog loaded here, not the shared one: the shared catalog parses each model once per JVM, so only
 * a fresh one shows what loading and parsing the tables give.
 */
class FreshCatalogTest {

  private final ModelCatalog catalog = ModelCatalog.load();

  @Test
  void aModelKnowsTheClosedValueSetsOfItsFieldsAndNoOthers() {
    ObjectSchema container = catalog.schema("V1Container");

    assertThat(container.enums().get("imagePullPolicy")).containsExactlyInAnyOrder("Always", "IfNotPresent", "Never");
    assertThat(container.enums()).doesNotContainKey("image").doesNotContainKey("name");
  }

  @Test
  void theLastModelOfTheTableIsReadToTheEndOfTheFile() {
    ObjectSchema last = catalog.schema("V2ResourceMetricStatus");

    assertThat(last.typeName()).isEqualTo("ResourceMetricStatus");
    assertThat(last.names()).containsExactly("current", "name");
    assertThat(last.required()).containsExactly("current", "name");
  }

  @Test
  void aKindNameIsOneOfTheSortedBuiltInKinds() {
    assertThat(catalog.kindNames()).contains("Deployment", "Pod", "StatefulSet").doesNotContain("Rollout");
    assertThat(List.copyOf(catalog.kindNames())).isSorted();
  }
}
