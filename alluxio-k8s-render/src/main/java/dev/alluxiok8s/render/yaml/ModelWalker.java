package dev.alluxiok8s.render.yaml;

import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Converts one Kubernetes model object graph into the plain tree described by {@link KubeTree}.
 *
 * <p>One instance per conversion: it remembers the model objects on the current path so that a
 * cycle fails with a path instead of a {@link StackOverflowError}.
 */
final class ModelWalker {

  private final Set<Object> onPath = Collections.newSetFromMap(new IdentityHashMap<>());

  /** The tree node for {@code value}, or {@code null} when the value is absent. */
  Object convert(Object value, String path) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number number) {
      return number(number, path);
    }
    if (value instanceof Quantity quantity) {
      return quantity.toSuffixedString();
    }
    if (value instanceof IntOrString intOrString) {
      return intOrString.isInteger() ? intOrString.getIntValue() : intOrString.getStrValue();
    }
    if (value instanceof OffsetDateTime time) {
      return time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    if (value instanceof Enum<?> constant) {
      return enumName(constant);
    }
    if (value instanceof Map<?, ?> map) {
      return map(map, path);
    }
    if (value instanceof Collection<?> collection) {
      return list(collection, path);
    }
    List<ModelFields.ModelField> fields = ModelFields.of(value.getClass());
    if (!fields.isEmpty()) {
      return model(value, fields, path);
    }
    throw new IllegalArgumentException(
        "cannot convert a " + value.getClass().getName() + " at " + path
            + "; expected a Kubernetes model object, a scalar, a List or a Map");
  }

  private Map<String, Object> model(Object value, List<ModelFields.ModelField> fields, String path) {
    if (!onPath.add(value)) {
      throw new IllegalArgumentException("cycle in the object graph at " + path);
    }
    Map<String, Object> node = new LinkedHashMap<>();
    for (ModelFields.ModelField field : fields) {
      Object raw = field.read(value);
      putIfPresent(node, field.jsonName(), raw, convert(raw, path + "." + field.jsonName()));
    }
    onPath.remove(value);
    return node;
  }

  private Map<String, Object> map(Map<?, ?> map, String path) {
    // Sorting here keeps HashMap and Map.of iteration order out of the output.
    TreeMap<String, Object> sorted = new TreeMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException(
            "map key " + entry.getKey() + " at " + path + " is not a String");
      }
      sorted.put(key, entry.getValue());
    }
    Map<String, Object> node = new LinkedHashMap<>();
    sorted.forEach((key, raw) -> putIfPresent(node, key, raw, convert(raw, path + "." + key)));
    return node;
  }

  private List<Object> list(Collection<?> collection, String path) {
    List<Object> node = new ArrayList<>(collection.size());
    int index = 0;
    for (Object element : collection) {
      Object converted = convert(element, path + "[" + index++ + "]");
      if (converted != null) {
        node.add(converted);
      }
    }
    return node;
  }

  /**
   * Adds a field unless it is unset. The models initialise unset lists and maps to empty
   * collections, so an empty Java collection counts as unset; an empty model object (such as
   * {@code new V1EmptyDirVolumeSource()}) was set on purpose and is kept.
   */
  private static void putIfPresent(Map<String, Object> node, String key, Object raw, Object converted) {
    if (converted == null) {
      return;
    }
    boolean emptyCollection =
        (raw instanceof Collection<?> || raw instanceof Map<?, ?>) && isEmptyNode(converted);
    if (!emptyCollection) {
      node.put(key, converted);
    }
  }

  private static boolean isEmptyNode(Object node) {
    return (node instanceof Map<?, ?> m && m.isEmpty()) || (node instanceof List<?> l && l.isEmpty());
  }

  private static Number number(Number number, String path) {
    if (number instanceof Integer || number instanceof Long || number instanceof BigDecimal) {
      return number;
    }
    if (number instanceof Short || number instanceof Byte) {
      return number.intValue();
    }
    if (number instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("non-finite number " + d + " at " + path);
      }
      return BigDecimal.valueOf(d);
    }
    throw new IllegalArgumentException(
        "unsupported number type " + number.getClass().getName() + " at " + path);
  }

  private static String enumName(Enum<?> constant) {
    try {
      SerializedName name =
          constant.getDeclaringClass().getField(constant.name()).getAnnotation(SerializedName.class);
      return name != null ? name.value() : constant.name();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("enum constant without its field: " + constant, e);
    }
  }
}
