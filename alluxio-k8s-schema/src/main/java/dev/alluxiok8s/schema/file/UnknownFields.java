package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.names.DidYouMean;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Records every unknown field of a spec and skips its value, so that one read reports all the
 * misspelt keys of a file instead of stopping at the first one, as Jackson would.
 */
final class UnknownFields extends DeserializationProblemHandler {

  private final DocumentScan scan;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Set<String> suggested = new HashSet<>();
  private final UnaryOperator<String> filePath;

  UnknownFields(DocumentScan scan) {
    this(scan, UnaryOperator.identity());
  }

  /** Reading a {@link BindingTree}: {@code filePath} turns the tree's paths back into the file's. */
  UnknownFields(DocumentScan scan, UnaryOperator<String> filePath) {
    this.scan = scan;
    this.filePath = filePath;
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) {
    Collection<String> known = deserializer == null || deserializer.getKnownPropertyNames() == null ? List.of()
        : deserializer.getKnownPropertyNames().stream().map(String::valueOf)
            .collect(Collectors.toCollection(TreeSet::new));
    // On a mapping or list value the parser has already entered it; the field is its parent's name.
    TokenStreamContext context = p.currentToken() != null && p.currentToken().isStructStart()
        ? p.streamReadContext().getParent() : p.streamReadContext();
    String path = filePath.apply(pathOf(context));
    problems.add(Diagnostic.error(path, message(propertyName, known)).at(scan.locationOf(path)));
    DidYouMean.closest(propertyName, known)
        .ifPresent(s -> suggested.add(PathJoiner.key(filePath.apply(pathOf(context.getParent())), s)));
    p.skipChildren();
    return true;
  }

  /** What an unknown field is told: the closest known name, and all of them. */
  static String message(String name, Collection<String> known) {
    return "unknown field \"" + name + "\""
        + DidYouMean.closest(name, known).map(s -> ", did you mean \"" + s + "\"?").orElse("")
        + (known.isEmpty() ? "" : " (known fields: " + String.join(", ", known) + ")");
  }

  List<Diagnostic> problems() {
    return problems;
  }

  /**
   * Whether a did-you-mean already points at {@code path}: then "is required" there says nothing
   * new (the attribute is missing because it was misspelt).
   */
  boolean suggests(String path) {
    return suggested.contains(path);
  }

  /** The attribute path of a parser context: the names and indexes from the document down. */
  private static String pathOf(TokenStreamContext context) {
    Deque<TokenStreamContext> chain = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null; c = c.getParent()) {
      chain.push(c);
    }
    String path = "";
    for (TokenStreamContext c : chain) {
      if (c.inArray()) {
        path = PathJoiner.index(path, c.getCurrentIndex());
      } else if (c.inObject() && c.currentName() != null) {
        path = PathJoiner.key(path, c.currentName());
      }
    }
    return path;
  }
}
