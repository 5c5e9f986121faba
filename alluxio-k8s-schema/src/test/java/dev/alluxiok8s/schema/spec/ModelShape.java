package dev.alluxiok8s.schema.spec;

import dev.alluxiok8s.schema.file.SpecWriter;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.jsonFormatVisitors.JsonAnyFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonArrayFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonBooleanFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonIntegerFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonMapFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonNumberFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonStringFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonValueFormat;

/**
 * The shape of a spec file as Jackson sees the model: Jackson's own format visitor walks the
 * serializers of the generated {@code Immutable*} classes, so attribute names, {@code Optional}s,
 * lists, maps and enum names ({@code @JsonValue}) are exactly what spec files read and write.
 * Reflection adds only what Jackson cannot say: whether an attribute has a
 * {@code @Value.Default} (a {@code default} accessor of the model interface), and its value.
 *
 * @param kind what the value is
 * @param type the Java type; for objects the model interface, e.g. {@code Fuse}
 * @param enumValues the names a spec file uses, for enums
 * @param element the element shape of a list or the value shape of a map
 * @param attributes the attributes of an object, in declaration order
 */
record ModelShape(Kind kind, Class<?> type, Set<String> enumValues, ModelShape element, Map<String, Attribute> attributes) {

  /** What a value is, in JSON Schema's vocabulary (maps and enums apart). */
  enum Kind { OBJECT, ARRAY, MAP, STRING, INTEGER, NUMBER, BOOLEAN, ENUM, ANY }

  /**
   * One attribute of a model object.
   *
   * @param required whether a spec must give it (Immutables marks these {@code required})
   * @param defaultValue the {@code @Value.Default} as a spec file writes it, or null
   */
  record Attribute(String name, ModelShape shape, boolean required, JsonNode defaultValue) {}

  /**
   * The mapper spec files are read and written with. {@code SpecMapper} is not public, so it is
   * taken from a {@link SpecWriter}: this view then cannot drift from the reader's (which
   * accessors are properties, which empty values are left out).
   */
  static final ObjectMapper MAPPER = specMapper();

  private static ObjectMapper specMapper() {
    try {
      Field field = SpecWriter.class.getDeclaredField("mapper");
      field.setAccessible(true);
      return (ObjectMapper) field.get(SpecWriter.create());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("SpecWriter no longer keeps its mapper in the field 'mapper'; "
          + "point ModelShape.specMapper() at where it went", e);
    }
  }

  /** The shape of values of {@code type}, e.g. {@code AlluxioCluster.class}. */
  static ModelShape of(Class<?> type) {
    return of(MAPPER.constructType(type));
  }

  private static ModelShape of(JavaType type) {
    if (type.hasRawClass(Object.class)) {
      // Free-form values (Placement.affinity's); Jackson would describe them as empty objects.
      return new ModelShape(Kind.ANY, Object.class, Set.of(), null, Map.of());
    }
    Collector collector = new Collector();
    MAPPER.acceptJsonFormatVisitor(type, collector);
    if (collector.shape == null) {
      throw new IllegalStateException("Jackson gave no format for " + type);
    }
    return collector.shape;
  }

  /** Receives Jackson's description of one value and turns it into a shape. */
  private static final class Collector extends JsonFormatVisitorWrapper.Base {
    ModelShape shape;

    private void scalar(Kind kind, JavaType type) {
      shape = new ModelShape(kind, type.getRawClass(), Set.of(), null, Map.of());
    }

    @Override
    public JsonObjectFormatVisitor expectObjectFormat(JavaType type) {
      Class<?> modelInterface = modelInterfaceOf(type.getRawClass());
      Map<String, Attribute> attributes = new LinkedHashMap<>();
      shape = new ModelShape(Kind.OBJECT, modelInterface, Set.of(), null, attributes);
      return new JsonObjectFormatVisitor.Base(getContext()) {
        @Override
        public void property(BeanProperty property) {
          add(property, true);
        }

        @Override
        public void optionalProperty(BeanProperty property) {
          add(property, false);
        }

        private void add(BeanProperty property, boolean required) {
          String name = property.getName();
          attributes.put(name, new Attribute(name, of(property.getType()), required, defaultOf(modelInterface, name)));
        }
      };
    }

    @Override
    public JsonArrayFormatVisitor expectArrayFormat(JavaType type) {
      container(Kind.ARRAY, type);
      return null;
    }

    @Override
    public JsonMapFormatVisitor expectMapFormat(JavaType type) {
      container(Kind.MAP, type);
      return null;
    }

    /** The element (or map value) type is part of the declared type: it is described in turn. */
    private void container(Kind kind, JavaType type) {
      shape = new ModelShape(kind, type.getRawClass(), Set.of(), of(type.getContentType()), Map.of());
    }

    @Override
    public JsonStringFormatVisitor expectStringFormat(JavaType type) {
      scalar(Kind.STRING, type);
      return new JsonStringFormatVisitor.Base() {
        @Override
        public void enumTypes(Set<String> names) {
          shape = new ModelShape(Kind.ENUM, type.getRawClass(), Set.copyOf(names), null, Map.of());
        }

        @Override
        public void format(JsonValueFormat format) {
          // Formats carry nothing the schema compares.
        }
      };
    }

    @Override
    public JsonIntegerFormatVisitor expectIntegerFormat(JavaType type) {
      scalar(Kind.INTEGER, type);
      return null;
    }

    @Override
    public JsonNumberFormatVisitor expectNumberFormat(JavaType type) {
      scalar(Kind.NUMBER, type);
      return null;
    }

    @Override
    public JsonBooleanFormatVisitor expectBooleanFormat(JavaType type) {
      scalar(Kind.BOOLEAN, type);
      return null;
    }

    @Override
    public JsonAnyFormatVisitor expectAnyFormat(JavaType type) {
      scalar(Kind.ANY, type);
      return null;
    }
  }

  /** {@code ImmutableFuse} -> {@code Fuse}: the interface that declares the attributes and their defaults. */
  private static Class<?> modelInterfaceOf(Class<?> serialized) {
    if (serialized.isInterface()) {
      return serialized;
    }
    for (Class<?> candidate : serialized.getInterfaces()) {
      if (candidate.getPackageName().startsWith("dev.alluxiok8s.model")) {
        return candidate;
      }
    }
    throw new IllegalStateException(serialized + " implements no model interface");
  }

  /**
   * The attribute's {@code @Value.Default} as a spec file writes it, or null. A default accessor
   * is run on a proxy of the interface, so no instance (and none of its required attributes) is
   * needed; a default that reads another attribute ({@code Images.fuse()} reads
   * {@code alluxio()}) gets that attribute's default in turn.
   */
  private static JsonNode defaultOf(Class<?> modelInterface, String attribute) {
    Method accessor;
    try {
      accessor = modelInterface.getMethod(attribute);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(modelInterface.getSimpleName() + " has no accessor " + attribute, e);
    }
    if (!accessor.isDefault()) {
      return null;
    }
    InvocationHandler defaults = (proxy, method, args) -> {
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      throw new IllegalStateException(modelInterface.getSimpleName() + "." + attribute
          + "'s default reads " + method.getName() + "(), which has no default");
    };
    Object proxy = Proxy.newProxyInstance(modelInterface.getClassLoader(), new Class<?>[] {modelInterface}, defaults);
    try {
      Object value = accessor.invoke(proxy);
      // Through text, so that a long 10 and the schema's 10 are the same node.
      return MAPPER.readTree(MAPPER.writeValueAsString(value));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot compute the default of " + modelInterface.getSimpleName() + "." + attribute, e);
    }
  }

  /** A readable outline, for failure messages and debugging. */
  String outline() {
    StringBuilder out = new StringBuilder();
    outline(out, "");
    return out.toString();
  }

  private void outline(StringBuilder out, String indent) {
    out.append(kind).append(kind == Kind.OBJECT ? " " + type.getSimpleName() : "")
        .append(enumValues.isEmpty() ? "" : " " + List.copyOf(enumValues)).append('\n');
    attributes.forEach((name, attribute) -> {
      out.append(indent).append("  ").append(name).append(attribute.required() ? " (required)" : "")
          .append(attribute.defaultValue() == null ? "" : " = " + attribute.defaultValue()).append(": ");
      attribute.shape().outline(out, indent + "  ");
    });
    if (element != null) {
      out.append(indent).append("  of: ");
      element.outline(out, indent + "  ");
    }
  }
}
