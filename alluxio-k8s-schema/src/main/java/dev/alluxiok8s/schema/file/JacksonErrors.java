package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.names.DidYouMean;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.alluxiok8s.model.check.InvalidModelException;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns a data-binding failure into problems phrased for someone editing a spec file: the
 * attribute path, its line and column, and what to write instead. Jackson's own messages name
 * Java classes, which mean nothing to that reader.
 */
final class JacksonErrors {

  /** Immutables' message when required attributes are missing. */
  private static final Pattern MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes? (?:is|are) not set \\[([^\\]]*)\\]");
  /** Immutables' null-check messages: {@code hostnames element}, {@code labels value for key: k}, {@code ip}. */
  private static final Pattern NULL_MESSAGE = Pattern.compile("(\\w+)( element| key| value for key: (.*))?");
  /** Jackson's message for a number too large for its field. */
  private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\(([-+0-9.eE]{1,40})\\) out of range");

  private final DocumentScan scan;

  JacksonErrors(DocumentScan scan) {
    this.scan = scan;
  }

  List<Diagnostic> translate(JacksonException e) {
    String path = pathOf(e.getPath());
    Optional<InvalidModelException> invalid = causeOf(e, InvalidModelException.class);
    if (invalid.isPresent()) {
      return locate(path, invalid.get());
    }
    Optional<NullPointerException> nullValue = causeOf(e, NullPointerException.class);
    if (nullValue.isPresent()) {
      String at = PathJoiner.join(path, nullAttribute(nullValue.get().getMessage()));
      return List.of(Diagnostic.error(at, "has no value; give one, or remove it").at(scan.locationOf(at)));
    }
    Optional<IllegalStateException> missing = causeOf(e, IllegalStateException.class);
    if (missing.isPresent() && missing.get().getMessage() != null) {
      Matcher m = MISSING.matcher(missing.get().getMessage());
      if (m.find()) {
        List<Diagnostic> problems = new ArrayList<>();
        for (String attribute : m.group(2).split(",\\s*")) {
          String at = PathJoiner.join(path, attribute.trim());
          problems.add(Diagnostic.error(at, "is required").at(scan.locationOf(path)));
        }
        return problems;
      }
    }
    return List.of(Diagnostic.error(path, describe(e)).at(scan.locationOf(path)));
  }

  /** The problems of a value at {@code path} that refused its attributes, in file order. */
  List<Diagnostic> locate(String path, InvalidModelException e) {
    List<Diagnostic> problems = new ArrayList<>();
    for (Diagnostic p : e.diagnostics()) {
      Diagnostic full = p.under(path);
      problems.add(full.at(scan.locationOf(full.path())));
    }
    problems.sort(Comparator.comparingInt((Diagnostic p) -> p.location().orElseThrow().line())
        .thenComparingInt(p -> p.location().orElseThrow().column()));
    return problems;
  }

  /**
   * The attribute an Immutables builder refused a null for: its messages are {@code hostnames
   * element}, {@code labels key}, {@code labels value for key: k} or the attribute's name.
   */
  private static String nullAttribute(String message) {
    if (message == null) {
      return "";
    }
    Matcher m = NULL_MESSAGE.matcher(message);
    if (!m.matches()) {
      return "";
    }
    return m.group(3) != null ? PathJoiner.key(m.group(1), m.group(3)) : m.group(1);
  }

  private static String describe(JacksonException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      Collection<String> known = u.getKnownPropertyIds() == null ? List.of()
          : u.getKnownPropertyIds().stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
      return UnknownFields.message(u.getPropertyName(), known);
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      List<String> names = enumNames(f.getTargetType());
      String given = String.valueOf(f.getValue());
      return "\"" + given + "\" is not one of " + String.join(", ", names)
          + DidYouMean.closest(given, names).map(s -> "; did you mean \"" + s + "\"?").orElse("");
    }
    if (e instanceof InputCoercionException c && c.getTargetType() != null) {
      Matcher m = OUT_OF_RANGE.matcher(String.valueOf(e.getOriginalMessage()));
      return "expected " + expectation(c.getTargetType()) + range(c.getTargetType())
          + (m.find() ? ", got " + m.group(1) : "");
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "expected " + expectation(m.getTargetType()) + tokenDescription(m);
    }
    return e.getOriginalMessage();
  }

  private static String tokenDescription(MismatchedInputException m) {
    JsonToken token = m.getCurrentToken();
    if (token == null) {
      return "";
    }
    return switch (token) {
      case START_OBJECT -> ", got a mapping";
      case START_ARRAY -> ", got a list";
      case VALUE_STRING -> ", got a string";
      case VALUE_NUMBER_INT -> ", got a number";
      case VALUE_NUMBER_FLOAT -> ", got a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> ", got a boolean";
      default -> "";
    };
  }

  private static String range(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    }
    if (type == long.class || type == Long.class) {
      return " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
    }
    return "";
  }

  private static String expectation(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type.isEnum()) {
      return "one of " + String.join(", ", enumNames(type));
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a mapping of names to values";
    }
    return "a mapping";
  }

  /** The names a spec file uses for an enum: its {@link JsonValue} method's values, or the constants. */
  private static List<String> enumNames(Class<?> type) {
    Optional<Method> valueMethod = Arrays.stream(type.getMethods())
        .filter(method -> method.isAnnotationPresent(JsonValue.class)).findFirst();
    List<String> names = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      try {
        names.add(valueMethod.isPresent() ? String.valueOf(valueMethod.get().invoke(constant)) : ((Enum<?>) constant).name());
      } catch (ReflectiveOperationException ex) {
        names.add(((Enum<?>) constant).name());
      }
    }
    return names;
  }

  static String pathOf(List<JacksonException.Reference> references) {
    String path = "";
    for (JacksonException.Reference ref : references) {
      if (ref.getPropertyName() != null) {
        path = PathJoiner.key(path, ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path = PathJoiner.index(path, ref.getIndex());
      }
    }
    return path;
  }

  static <T extends Throwable> Optional<T> causeOf(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return Optional.of(type.cast(c));
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return Optional.empty();
  }
}
