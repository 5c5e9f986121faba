package dev.alluxiok8s.render.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.openapi.models.V1JSONSchemaProps;
import io.kubernetes.client.openapi.models.V1Pod;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelFields} reads the wire names from the models' {@code SERIALIZED_NAME_} constants
 * rather than from their {@code @SerializedName} annotations (which cost a cold start dearly); for
 * every model class the client ships, that gives the fields, names and order the annotations give.
 */
class ModelFieldsTest {

  @Test
  void everyModelClassOfTheClientGivesTheFieldsItsAnnotationsName() throws Exception {
    List<String> classes = modelClasses();

    for (String name : classes) {
      Class<?> type = Class.forName(name);
      assertThat(ModelFields.of(type)).as(name).isEqualTo(annotated(type));
    }
    assertThat(classes).hasSizeGreaterThan(500).contains(V1Pod.class.getName());
  }

  @Test
  void aFieldWhoseJavaNameIsNotItsWireNameKeepsTheWireName() {
    // "$ref" and "default" cannot be Java field names: the constants carry the wire names.
    assertThat(ModelFields.of(V1JSONSchemaProps.class)).extracting(ModelFields.ModelField::jsonName)
        .contains("$ref", "$schema", "default", "x-kubernetes-int-or-string")
        .doesNotContain("ref", "_default", "xKubernetesIntOrString");
  }

  /** The fields as the annotations alone name them, superclass first, then by output priority. */
  private static List<ModelFields.ModelField> annotated(Class<?> type) {
    Deque<Class<?>> hierarchy = new ArrayDeque<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      hierarchy.push(c);
    }
    List<ModelFields.ModelField> fields = new ArrayList<>();
    for (Class<?> c : hierarchy) {
      for (Field field : c.getDeclaredFields()) {
        String name = ModelFields.annotatedName(field);
        if (name != null && !Modifier.isStatic(field.getModifiers())) {
          fields.add(new ModelFields.ModelField(name, field));
        }
      }
    }
    fields.sort(Comparator.comparingInt(f -> KeyOrder.priority(f.jsonName())));
    return fields;
  }

  /** The top-level classes of the client's models package, from its jar. */
  private static List<String> modelClasses() throws Exception {
    Path jar = Path.of(V1Pod.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String prefix = V1Pod.class.getPackageName().replace('.', '/') + "/";
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(entry -> entry.getName())
          .filter(entry -> entry.startsWith(prefix) && entry.endsWith(".class") && !entry.contains("$")
              && entry.indexOf('/', prefix.length()) < 0)
          .map(entry -> entry.substring(0, entry.length() - ".class".length()).replace('/', '.'))
          .sorted().toList();
    }
  }
}
