package dev.alluxiok8s.validation.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.common.KubernetesObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {

  private final ModelCatalog catalog = ModelCatalog.load();

  @Test
  void everyKindInTheTableIsATopLevelModelOfTheClientJar() throws Exception {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        ModelCatalog.class.getResourceAsStream("kinds.tsv"), StandardCharsets.UTF_8))) {
      List<String[]> rows = r.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).toList();
      assertThat(rows).hasSizeGreaterThan(80);
      for (String[] row : rows) {
        String model = catalog.modelFor(row[0], row[1]);
        assertThat(model).as("%s %s", row[0], row[1]).isEqualTo(row[2]);
        assertThat(KubernetesObject.class).as(row[2]).isAssignableFrom(Class.forName(StructureTable.MODELS + model));
        assertThat(ModelCatalog.typeName(model)).isEqualTo(row[1]);
      }
    }
  }

  @Test
  void fieldsTypesAndRequiredFieldsComeFromTheModels() throws Exception {
    ObjectSchema container = catalog.schema("V1Container");
    assertThat(container.typeName()).isEqualTo("Container");
    assertThat(container.required()).containsExactly("name");
    assertThat(container.fields().get("ports").shape()).isEqualTo(FieldType.Shape.LIST);
    assertThat(container.fields().get("ports").element().shape()).isEqualTo(FieldType.Shape.OBJECT);
    assertThat(container.fields().get("image").shape()).isEqualTo(FieldType.Shape.STRING);

    ObjectSchema resources = catalog.schema("V1ResourceRequirements");
    assertThat(resources.fields().get("limits").element().shape()).isEqualTo(FieldType.Shape.QUANTITY);

    ObjectSchema probe = catalog.schema("V1TCPSocketAction");
    assertThat(probe.fields().get("port").shape()).isEqualTo(FieldType.Shape.INT_OR_STRING);
  }

  @Test
  void knowsWhichApiVersionsServeAKind() {
    assertThat(catalog.versionsOf("StatefulSet")).containsExactly("apps/v1");
    assertThat(catalog.versionsOf("HorizontalPodAutoscaler")).containsExactly("autoscaling/v1", "autoscaling/v2");
    assertThat(catalog.isBuiltInGroup("apps")).isTrue();
    assertThat(catalog.isBuiltInGroup("monitoring.coreos.com")).isFalse();
    assertThat(catalog.isNamespaced("StatefulSet")).isTrue();
    assertThat(catalog.isNamespaced("ClusterRole")).isFalse();
  }
}
