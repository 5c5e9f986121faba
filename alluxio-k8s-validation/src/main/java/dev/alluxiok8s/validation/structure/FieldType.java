package dev.alluxiok8s.validation.structure;

/**
 * The type of one field of the Kubernetes API, as the client models declare it.
 *
 * @param shape what JSON shape the field takes
 * @param element for {@link Shape#LIST} and {@link Shape#MAP}, the element (value) type
 * @param model for {@link Shape#OBJECT}, the simple name of the model class describing the object
 * @param int32 for {@link Shape#INTEGER}, whether the Go type is int32
 */
record FieldType(Shape shape, FieldType element, String model, boolean int32) {

  /** The JSON shapes the API uses, each with its one-letter code in {@code structure.tsv}. */
  enum Shape {
    STRING('S'),
    INTEGER('I'),
    NUMBER('N'),
    BOOLEAN('B'),
    /** resource.Quantity: a string or a number in quantity grammar. */
    QUANTITY('Q'),
    /** intstr.IntOrString: an integer or a string. */
    INT_OR_STRING('X'),
    /** metav1.Time and friends: an RFC 3339 string. */
    DATE_TIME('T'),
    /** []byte: a base64 string. */
    BYTES('Y'),
    /** runtime.RawExtension and free-form JSON: anything. */
    ANY('A'),
    LIST('L'),
    MAP('M'),
    OBJECT('O');

    final char code;

    Shape(char code) {
      this.code = code;
    }
  }

  static FieldType of(Shape shape) {
    return new FieldType(shape, null, null, false);
  }

  /**
   * The compact form used in {@code structure.tsv}: one letter per shape, {@code J} for a 64-bit integer,
   * list and map codes followed by their element, an object code followed by its model name: {@code
   * LOV1ContainerPort} is a list of V1ContainerPort, {@code MQ} a map of quantities.
   */
  String encode() {
    return switch (shape) {
      case INTEGER -> int32 ? "I" : "J";
      case LIST, MAP -> shape.code + element.encode();
      case OBJECT -> "O" + model;
      default -> String.valueOf(shape.code);
    };
  }

  /** Reads the form {@link #encode()} writes. */
  static FieldType decode(String code) {
    char c = code.charAt(0);
    switch (c) {
      case 'I':
        return new FieldType(Shape.INTEGER, null, null, true);
      case 'J':
        return new FieldType(Shape.INTEGER, null, null, false);
      case 'L':
        return new FieldType(Shape.LIST, decode(code.substring(1)), null, false);
      case 'M':
        return new FieldType(Shape.MAP, decode(code.substring(1)), null, false);
      case 'O':
        return new FieldType(Shape.OBJECT, null, code.substring(1), false);
      default:
        for (Shape s : Shape.values()) {
          if (s.code == c) {
            return of(s);
          }
        }
        throw new IllegalArgumentException("unknown field type code " + code);
    }
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
