package dev.alluxiok8s.validation.structure;

import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives {@code structure.tsv} from the client models on the classpath by reflection: every model
 * reachable from the kinds of {@code kinds.tsv}, its {@code @SerializedName} fields, their Java types and
 * its {@code openapiRequiredFields}.
 */
final class StructureTable {

  static final String MODELS = "io.kubernetes.client.openapi.models.";

  private StructureTable() {}

  /** The table's text for the given top-level models. */
  static String generate(Collection<String> topLevelModels) throws Exception {
    Map<String, Map<String, String>> fieldsByModel = new TreeMap<>();
    Map<String, Set<String>> requiredByModel = new TreeMap<>();
    Deque<String> todo = new ArrayDeque<>(new TreeSet<>(topLevelModels));
    while (!todo.isEmpty()) {
      String model = todo.pop();
      if (fieldsByModel.containsKey(model)) {
        continue;
      }
      Class<?> c = Class.forName(MODELS + model);
      Map<String, String> fields = new TreeMap<>();
      for (Field f : c.getDeclaredFields()) {
        SerializedName n = f.getAnnotation(SerializedName.class);
        if (n == null || Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        FieldType type = typeOf(f.getGenericType());
        fields.put(n.value(), type.encode());
        for (FieldType t = type; t != null; t = t.element()) {
          if (t.model() != null) {
            todo.push(t.model());
          }
        }
      }
      fieldsByModel.put(model, fields);
      Set<String> required = new TreeSet<>();
      Object r = c.getField("openapiRequiredFields").get(null);
      if (r instanceof Set<?> set) {
        set.forEach(x -> required.add(String.valueOf(x)));
      }
      requiredByModel.put(model, required);
    }
    StringBuilder b = new StringBuilder();
    b.append("# Fields of the Kubernetes 1.36 API types, derived by reflection from client-java-api 27.0.0\n");
    b.append("# (@SerializedName fields, Java field types, openapiRequiredFields) for every model reachable from\n");
    b.append("# kinds.tsv. Do not edit: StructureTableTest regenerates it with -Dalluxio.k8s.regenerate=true.\n");
    b.append("# Lines: field, type code (see FieldType.encode), and R when the field is required.\n");
    for (Map.Entry<String, Map<String, String>> m : fieldsByModel.entrySet()) {
      b.append('@').append(m.getKey()).append('\n');
      for (Map.Entry<String, String> f : m.getValue().entrySet()) {
        b.append(f.getKey()).append('\t').append(f.getValue());
        if (requiredByModel.get(m.getKey()).contains(f.getKey())) {
          b.append("\tR");
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  static FieldType typeOf(Type t) {
    if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
        return new FieldType(FieldType.Shape.LIST, typeOf(args[0]), null, false);
      }
      if (Map.class.isAssignableFrom(raw)) {
        return new FieldType(FieldType.Shape.MAP, typeOf(args[1]), null, false);
      }
      return FieldType.of(FieldType.Shape.ANY);
    }
    if (!(t instanceof Class<?> c)) {
      return FieldType.of(FieldType.Shape.ANY);
    }
    if (c == String.class) {
      return FieldType.of(FieldType.Shape.STRING);
    }
    if (c == Integer.class || c == int.class) {
      return new FieldType(FieldType.Shape.INTEGER, null, null, true);
    }
    if (c == Long.class || c == long.class) {
      return new FieldType(FieldType.Shape.INTEGER, null, null, false);
    }
    if (c == Boolean.class || c == boolean.class) {
      return FieldType.of(FieldType.Shape.BOOLEAN);
    }
    if (c == Double.class || c == Float.class || c == BigDecimal.class) {
      return FieldType.of(FieldType.Shape.NUMBER);
    }
    if (c == Quantity.class) {
      return FieldType.of(FieldType.Shape.QUANTITY);
    }
    if (c == IntOrString.class) {
      return FieldType.of(FieldType.Shape.INT_OR_STRING);
    }
    if (c == OffsetDateTime.class) {
      return FieldType.of(FieldType.Shape.DATE_TIME);
    }
    if (c == byte[].class) {
      return FieldType.of(FieldType.Shape.BYTES);
    }
    if (c.getName().startsWith(MODELS)) {
      return new FieldType(FieldType.Shape.OBJECT, null, c.getSimpleName(), false);
    }
    return FieldType.of(FieldType.Shape.ANY);
  }
}
