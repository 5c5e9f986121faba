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
      for (Field field : c.getDeclaredFields()) {
        SerializedName name = field.getAnnotation(SerializedName.class);
        if (name == null || Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        // The models live in the unnamed module (or an automatic one, which is open), so this
        // cannot be refused.
        field.setAccessible(true);
        fields.add(new ModelField(name.value(), field));
      }
    }
    // List.sort is stable: fields of equal priority keep their declaration order.
    fields.sort(Comparator.comparingInt(f -> KeyOrder.priority(f.jsonName())));
    return List.copyOf(fields);
  }
}
