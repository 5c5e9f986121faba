package dev.alluxiok8s.schema.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.common.KubernetesObject;
import com.google.gson.annotations.SerializedName;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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
        Class<?> model = catalog.modelFor(row[0], row[1]);
        assertThat(model).as("%s %s", row[0], row[1]).isNotNull();
        assertThat(KubernetesObject.class).as(row[2]).isAssignableFrom(model);
        assertThat(ModelCatalog.typeName(model)).isEqualTo(row[1]);
      }
    }
  }

  @Test
  void fieldsTypesAndRequiredFieldsComeFromTheModels() throws Exception {
    ObjectSchema container = catalog.schema(Class.forName("io.kubernetes.client.openapi.models.V1Container"));
    assertThat(container.typeName()).isEqualTo("Container");
    assertThat(container.required()).containsExactly("name");
    assertThat(container.fields().get("ports").shape()).isEqualTo(FieldType.Shape.LIST);
    assertThat(container.fields().get("ports").element().shape()).isEqualTo(FieldType.Shape.OBJECT);
    assertThat(container.fields().get("image").shape()).isEqualTo(FieldType.Shape.STRING);

    ObjectSchema resources = catalog.schema(Class.forName("io.kubernetes.client.openapi.models.V1ResourceRequirements"));
    assertThat(resources.fields().get("limits").element().shape()).isEqualTo(FieldType.Shape.QUANTITY);

    ObjectSchema probe = catalog.schema(Class.forName("io.kubernetes.client.openapi.models.V1TCPSocketAction"));
    assertThat(probe.fields().get("port").shape()).isEqualTo(FieldType.Shape.INT_OR_STRING);
  }

  @Test
  void theNameConstantsGiveTheSameJsonNamesAsTheAnnotationsForEveryModel() throws Exception {
    Path jar = Path.of(Class.forName("io.kubernetes.client.openapi.models.V1Pod")
        .getProtectionDomain().getCodeSource().getLocation().toURI());
    int models = 0;
    int fields = 0;
    try (JarFile classes = new JarFile(jar.toFile())) {
      for (JarEntry entry : Collections.list(classes.entries())) {
        String name = entry.getName();
        if (!name.startsWith("io/kubernetes/client/openapi/models/") || !name.endsWith(".class")) {
          continue;
        }
        Class<?> model = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'),
            false, ModelCatalog.class.getClassLoader());
        models++;
        for (Field f : model.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers())) {
            continue;
          }
          SerializedName annotation = f.getAnnotation(SerializedName.class);
          assertThat(ModelCatalog.serializedName(model, f)).as("%s.%s", model.getName(), f.getName())
              .isEqualTo(annotation == null ? null : annotation.value());
          fields++;
        }
      }
    }
    assertThat(models).isGreaterThan(700);
    assertThat(fields).isGreaterThan(3000);
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

  @Test
  void suggestsCloseNames() {
    assertThat(DidYouMean.suggest("RequiredDuringSchedulingIgnoredDuringExecution",
        List.of("preferredDuringSchedulingIgnoredDuringExecution", "requiredDuringSchedulingIgnoredDuringExecution")))
        .isEqualTo("requiredDuringSchedulingIgnoredDuringExecution");
    assertThat(DidYouMean.suggest("imagePullPolicyy", List.of("image", "imagePullPolicy"))).isEqualTo("imagePullPolicy");
    assertThat(DidYouMean.suggest("completelyDifferent", List.of("image", "name"))).isNull();
  }
}
