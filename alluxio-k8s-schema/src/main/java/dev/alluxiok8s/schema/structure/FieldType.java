package dev.alluxiok8s.schema.structure;

/**
 * The type of one field of the Kubernetes API, as the client models declare it.
 *
 * @param shape what JSON shape the field takes
 * @param element for {@link Shape#LIST} and {@link Shape#MAP}, the element (value) type
 * @param model for {@link Shape#OBJECT}, the model class describing the object
 * @param int32 for {@link Shape#INTEGER}, whether the Go type is int32
 */
record FieldType(Shape shape, FieldType element, Class<?> model, boolean int32) {

  /** The JSON shapes the API uses. */
  enum Shape {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    /** resource.Quantity: a string or a number in quantity grammar. */
    QUANTITY,
    /** intstr.IntOrString: an integer or a string. */
    INT_OR_STRING,
    /** metav1.Time and friends: an RFC 3339 string. */
    DATE_TIME,
    /** []byte: a base64 string. */
    BYTES,
    /** runtime.RawExtension and free-form JSON: anything. */
    ANY,
    LIST,
    MAP,
    OBJECT
  }

  static FieldType of(Shape shape) {
    return new FieldType(shape, null, null, false);
  }

  /** "string", "integer", "array", "object", … for messages. */
  String jsonName() {
    return switch (shape) {
      case STRING, DATE_TIME, BYTES -> "string";
      case INTEGER -> "integer";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case QUANTITY -> "string or number";
      case INT_OR_STRING -> "integer or string";
      case ANY -> "any";
      case LIST -> "array";
      case MAP, OBJECT -> "object";
    };
  }
}
