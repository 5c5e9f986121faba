package dev.alluxiok8s.helm.values;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.names.DidYouMean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Typed reads of a values tree, collecting every problem and warning instead of stopping at the
 * first. Scalars are read the way Helm's YAML 1.1 reader types them ({@code yes}/{@code on} are
 * booleans); a {@code null} value counts as absent, so the chart's default applies.
 */
public final class Values {

  private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y");
  private static final Set<String> FALSE = Set.of("false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N");
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final ValueNode.Mapping root;
  private final List<Diagnostic> errors = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();

  public Values(ValueNode.Mapping root) {
    this.root = root;
  }

  public ValueNode.Mapping root() {
    return root;
  }

  public List<Diagnostic> errors() {
    return errors;
  }

  public List<Diagnostic> warnings() {
    return warnings;
  }

  public void error(ValueNode node, String message) {
    error(node.location(), node.path(), message);
  }

  /** Records a problem once: the key check and the mapping may both trip over the same value. */
  public void error(SourceLocation at, String path, String message) {
    Diagnostic problem = Diagnostic.error(path, message).at(at);
    if (!errors.contains(problem)) {
      errors.add(problem);
    }
  }

  public void warn(ValueNode node, String message) {
    warnings.add(Diagnostic.warning(node.path(), message).at(node.location()));
  }

  /**
   * A finding of another check (its rule id, severity and remedy kept) reported at {@code node}'s
   * key: an error or a warning like any other of this file.
   */
  public void report(ValueNode node, Diagnostic finding) {
    Diagnostic at = finding.withPath(node.path()).at(node.location());
    if (finding.severity() == dev.alluxiok8s.kube.diagnostic.Severity.ERROR) {
      if (!errors.contains(at)) {
        errors.add(at);
      }
    } else {
      warnings.add(at);
    }
  }

  /** A warning about the file as a whole (no key to point at). */
  public void warnFile(String message) {
    warnings.add(Diagnostic.warning("", message).at(root.location()));
  }

  /** The value at {@code dotted} (keys separated by dots) under the root, unless absent or null. */
  public Optional<ValueNode> at(String dotted) {
    return at(root, dotted);
  }

  /** The value at {@code dotted} under {@code base}, unless absent or null. */
  public Optional<ValueNode> at(ValueNode.Mapping base, String dotted) {
    ValueNode node = base;
    for (String key : dotted.split("\\.")) {
      if (!(node instanceof ValueNode.Mapping m)) {
        return Optional.empty();
      }
      node = m.entries().get(key);
      if (node == null) {
        return Optional.empty();
      }
    }
    return node instanceof ValueNode.Null ? Optional.empty() : Optional.of(node);
  }

  /** Whether the file gives {@code dotted} at all (even as null). */
  public boolean has(String dotted) {
    ValueNode node = root;
    for (String key : dotted.split("\\.")) {
      if (!(node instanceof ValueNode.Mapping m) || !m.entries().containsKey(key)) {
        return false;
      }
      node = m.entries().get(key);
    }
    return true;
  }

  public Optional<String> string(Optional<ValueNode> node) {
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof ValueNode.Scalar s) {
      return Optional.of(s.text());
    }
    error(node.get(), "expected a single value, got " + node.get().kind());
    return Optional.empty();
  }

  public Optional<String> string(String dotted) {
    return string(at(dotted));
  }

  public Optional<Long> integer(Optional<ValueNode> node) {
    Optional<String> text = string(node);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get().trim();
    if (!INTEGER.matcher(t).matches()) {
      error(node.get(), "expected a whole number, got \"" + t + "\"");
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(t.startsWith("+") ? t.substring(1) : t));
    } catch (NumberFormatException e) {
      error(node.get(), "\"" + t + "\" is too large");
      return Optional.empty();
    }
  }

  public Optional<Integer> integer32(String dotted) {
    Optional<ValueNode> node = at(dotted);
    Optional<Long> value = integer(node);
    if (value.isPresent() && (value.get() < Integer.MIN_VALUE || value.get() > Integer.MAX_VALUE)) {
      error(node.get(), "\"" + value.get() + "\" is too large");
      return Optional.empty();
    }
    return value.map(Long::intValue);
  }

  public Optional<Double> decimal(Optional<ValueNode> node) {
    Optional<String> text = string(node);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Double.parseDouble(text.get().trim()));
    } catch (NumberFormatException e) {
      error(node.get(), "expected a number, got \"" + text.get() + "\"");
      return Optional.empty();
    }
  }

  public Optional<Boolean> bool(Optional<ValueNode> node) {
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof ValueNode.Scalar s && s.plain()) {
      if (TRUE.contains(s.text())) {
        return Optional.of(true);
      }
      if (FALSE.contains(s.text())) {
        return Optional.of(false);
      }
    }
    error(node.get(), "expected true or false, got " + describe(node.get()));
    return Optional.empty();
  }

  /** An Alluxio property's boolean: Alluxio reads {@code true}/{@code false} in any case, quoted or not. */
  public Optional<Boolean> propertyBool(ValueNode node) {
    Optional<String> text = string(Optional.of(node));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = lower(text.get().trim());
    if (t.equals("true") || t.equals("false")) {
      return Optional.of(t.equals("true"));
    }
    error(node, "expected true or false, got \"" + text.get() + "\"");
    return Optional.empty();
  }

  public Optional<Boolean> bool(String dotted) {
    return bool(at(dotted));
  }

  /** One of {@code allowed} exactly (the chart's templates compare values exactly). */
  public Optional<String> oneOf(Optional<ValueNode> node, List<String> allowed) {
    Optional<String> text = string(node);
    if (text.isPresent() && !allowed.contains(text.get())) {
      error(node.get(), "\"" + text.get() + "\" is not one of " + String.join(", ", allowed)
          + DidYouMean.closest(text.get(), allowed).map(s -> "; did you mean \"" + s + "\"?").orElse(""));
      return Optional.empty();
    }
    return text;
  }

  /** A mapping of names to single values (numbers and booleans as written). */
  public Map<String, String> stringMap(Optional<ValueNode> node) {
    Map<String, String> map = new TreeMap<>();
    if (node.isEmpty()) {
      return map;
    }
    if (!(node.get() instanceof ValueNode.Mapping m)) {
      error(node.get(), "expected a mapping of names to values, got " + node.get().kind());
      return map;
    }
    m.entries().forEach((key, value) -> {
      if (value instanceof ValueNode.Scalar s) {
        map.put(key, s.text());
      } else if (!(value instanceof ValueNode.Null)) {
        error(value, "expected a single value, got " + value.kind());
      }
    });
    return map;
  }

  /** The entries of a mapping as nodes (for maps whose values need their own positions). */
  public Map<String, ValueNode> entries(Optional<ValueNode> node) {
    if (node.isEmpty()) {
      return Map.of();
    }
    if (node.get() instanceof ValueNode.Mapping m) {
      return m.entries();
    }
    error(node.get(), "expected a mapping, got " + node.get().kind());
    return Map.of();
  }

  /** A list of single values, or (as chart 0.5.x writes JVM options) one string split on white space. */
  public List<String> words(Optional<ValueNode> node) {
    List<String> words = new ArrayList<>();
    if (node.isEmpty()) {
      return words;
    }
    if (node.get() instanceof ValueNode.Scalar s) {
      split(s.text(), words);
    } else if (node.get() instanceof ValueNode.Sequence q) {
      for (ValueNode item : q.items()) {
        if (item instanceof ValueNode.Scalar s) {
          split(s.text(), words);
        } else if (!(item instanceof ValueNode.Null)) {
          error(item, "expected a single value, got " + item.kind());
        }
      }
    } else {
      error(node.get(), "expected a list or a string, got " + node.get().kind());
    }
    return words;
  }

  /** The items of a list. */
  public List<ValueNode> items(Optional<ValueNode> node) {
    if (node.isEmpty()) {
      return List.of();
    }
    if (node.get() instanceof ValueNode.Sequence q) {
      return q.items();
    }
    error(node.get(), "expected a list, got " + node.get().kind());
    return List.of();
  }

  private static void split(String text, List<String> into) {
    Arrays.stream(WHITESPACE.split(text.trim())).filter(w -> !w.isEmpty()).forEach(into::add);
  }

  private static String describe(ValueNode node) {
    return node instanceof ValueNode.Scalar s ? "\"" + s.text() + "\"" : node.kind();
  }

  /** Lower-cased for case-insensitive comparisons that must not depend on the JVM's locale. */
  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
