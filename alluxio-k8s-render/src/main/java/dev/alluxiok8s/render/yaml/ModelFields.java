package dev.alluxiok8s.render.yaml;

import com.google.gson.annotations.SerializedName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The serialised fields of a Kubernetes model class, in output order, computed once per class.
 *
 * <p>The JSON name comes from gson's {@code @SerializedName}, which the generated models carry on
 * every wire field; reading it directly avoids gson's and the client {@code JSON} class's start-up
 * cost. Output order is {@link KeyOrder}'s priority keys first, then declaration order (superclass
 * fields before subclass fields). HotSpot returns declared fields in source order, which the tests
 * pin for {@code V1Container} and {@code V1ObjectMeta} on every supported JDK.
 */
final class ModelFields {

  /** One wire field: its JSON name and the reflective handle to read it. */
  record ModelField(String jsonName, Field field) {
    Object read(Object owner) {
      try {
        return field.get(owner);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + field + " although it was made accessible", e);
      }
    }
  }

  private static final String CONSTANT_PREFIX = "SERIALIZED_NAME_";

  private static final ClassValue<List<ModelField>> CACHE =
      new ClassValue<>() {
        @Override
        protected List<ModelField> computeValue(Class<?> type) {
          return scan(type);
        }
      };

  private ModelFields() {}

  /** The wire fields of {@code type} in output order; empty if it is not a model class. */
  static List<ModelField> of(Class<?> type) {
    return CACHE.get(type);
  }

  private static List<ModelField> scan(Class<?> type) {
    Deque<Class<?>> hierarchy = new ArrayDeque<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      hierarchy.push(c);
    }
    List<ModelField> fields = new ArrayList<>();
    for (Class<?> c : hierarchy) {
      // The wire name the generated models declare right before each field, as a constant.
      String declaredName = null;
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          declaredName = serializedNameConstant(field);
          continue;
        }
        String name = declaredName != null ? declaredName : annotatedName(field);
        declaredName = null;
        if (name == null) {
          continue;
        }
        // The models live in the unnamed module (or an automatic one, which is open), so this
        // cannot be refused.
        field.setAccessible(true);
        fields.add(new ModelField(name, field));
      }
    }
    // List.sort is stable: fields of equal priority keep their declaration order.
    fields.sort(Comparator.comparingInt(f -> KeyOrder.priority(f.jsonName())));
    return List.copyOf(fields);
  }

  /**
   * The value of a {@code public static final String SERIALIZED_NAME_...} constant, else null.
   *
   * <p>Why not the annotation: reading {@code @SerializedName} parses every annotation of the
   * field, and the models' fields also carry {@code jakarta.annotation.Nullable}, whose jar is left
   * out of the class path (see the parent POM), so each parse threw and caught two exceptions: about
   * 2,300 of them per render, most of the cold {@code KubeTree} (bench/README.md). The client's
   * generator writes {@code SERIALIZED_NAME_X = "x"} right before the field it annotates with
   * {@code @SerializedName(SERIALIZED_NAME_X)}; {@code ModelFieldsTest} checks, for every model
   * class of the client, that this reading gives the annotation's names, fields and order.
   */
  private static String serializedNameConstant(Field field) {
    if (!field.getName().startsWith(CONSTANT_PREFIX) || field.getType() != String.class
        || !Modifier.isPublic(field.getModifiers()) || !Modifier.isFinal(field.getModifiers())) {
      return null;
    }
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  /** The {@code @SerializedName} of a field, or null: for classes without the constants (ours). */
  static String annotatedName(Field field) {
    SerializedName name = field.getAnnotation(SerializedName.class);
    return name == null ? null : name.value();
  }
}
