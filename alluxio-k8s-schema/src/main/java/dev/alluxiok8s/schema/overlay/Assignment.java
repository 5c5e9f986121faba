package dev.alluxiok8s.schema.overlay;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.yaml.YamlScalar;
import dev.alluxiok8s.model.property.PropertyRules;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code --set PATH=VALUE}, parsed: the attribute path as steps, and the value as a YAML
 * scalar. The path is written as error messages write it ({@code spec.masters.count}, {@code
 * spec.properties."alluxio.user.file.writetype.default"}, {@code levels[0]}), and a list item may also
 * be chosen by its key ({@code spec.tieredStore.levels[alias=MEM].directories[path=/dev/shm].quota}).
 * The value is typed as in a file: {@code 5} is a number, {@code true} a boolean, and a value in
 * single or double quotes ({@code tag="2.10"}) a string. There is no null: nothing is removed.
 *
 * @param text the argument as typed (for messages: where the value came from)
 * @param steps the path
 * @param value the value
 */
record Assignment(String text, List<Step> steps, YamlScalar value) {

  /** A step of the path. */
  sealed interface Step {}

  /** A mapping's attribute. */
  record Key(String name) implements Step {}

  /** A list's item by position, from 0. */
  record Index(int index) implements Step {}

  /** A list's item whose {@code key} is {@code name}. */
  record Selector(String key, String name) implements Step {}

  /** Where the problems of this assignment are reported: {@code --set PATH=VALUE}, as typed. */
  SourceLocation location() {
    return location(text);
  }

  /** The attribute path in the notation of messages ({@code levels[alias=MEM]} stays as written). */
  String path() {
    return pathOf(steps);
  }

  static String pathOf(List<Step> steps) {
    String path = "";
    for (Step step : steps) {
      if (step instanceof Key k) {
        path = PathJoiner.key(path, k.name());
      } else if (step instanceof Index i) {
        path = PathJoiner.index(path, i.index());
      } else {
        Selector s = (Selector) step;
        path = path + "[" + s.key() + "=" + s.name() + "]";
      }
    }
    return path;
  }

  /**
   * The argument as a location; the value of an attribute whose name speaks of a credential is left
   * out (it may be a secret typed by mistake, and must not reach a log).
   */
  static SourceLocation location(String text) {
    int equals = splitAt(text);
    String path = equals < 0 ? text : text.substring(0, equals);
    boolean secret = PropertyRules.looksLikeCredential(path);
    return SourceLocation.argument("--set " + (secret && equals >= 0 ? path + "=(value hidden)" : text));
  }

  /** Parses {@code text} ({@code PATH=VALUE}); a problem at the argument when it is not one. */
  static Assignment parse(String text) throws AssignmentException {
    int equals = splitAt(text);
    if (equals < 0) {
      throw problem(text, "", "is not PATH=VALUE; for example --set spec.masters.count=3");
    }
    String pathText = text.substring(0, equals);
    String valueText = text.substring(equals + 1);
    List<Step> steps = steps(text, pathText);
    String path = pathOf(steps);
    if (valueText.isEmpty()) {
      throw problem(text, path, "gives no value (a spec has no empty values); for an empty string write "
          + pathText + "=\"\"");
    }
    char first = valueText.charAt(0);
    boolean quoted = valueText.length() >= 2 && (first == '"' || first == '\'')
        && valueText.charAt(valueText.length() - 1) == first;
    YamlScalar value = quoted ? new YamlScalar(valueText.substring(1, valueText.length() - 1), false)
        : new YamlScalar(valueText, true);
    return new Assignment(text, steps, value);
  }

  private static List<Step> steps(String text, String path) throws AssignmentException {
    List<Step> steps = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '[' && !steps.isEmpty()) {
        int end = path.indexOf(']', i);
        if (end < 0) {
          throw problem(text, pathOf(steps), "has a '[' without its ']'");
        }
        steps.add(selector(text, pathOf(steps), path.substring(i + 1, end)));
        i = end + 1;
      } else if (c == '"') {
        int end = path.indexOf('"', i + 1);
        if (end < 0) {
          throw problem(text, pathOf(steps), "has a '\"' without its closing '\"'");
        }
        steps.add(new Key(path.substring(i + 1, end)));
        i = end + 1;
      } else if (c == '.' || c == '[') {
        throw problem(text, pathOf(steps), "has an empty name; paths are names joined by '.', for example spec.masters.count");
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        steps.add(new Key(path.substring(i, end)));
        i = end;
      }
      if (i < path.length()) {
        if (path.charAt(i) == '.') {
          i++;
          if (i == path.length()) {
            throw problem(text, pathOf(steps), "ends with a '.'");
          }
        } else if (path.charAt(i) != '[') {
          throw problem(text, pathOf(steps), "needs a '.' or '[' after each name");
        }
      }
    }
    if (steps.isEmpty()) {
      throw problem(text, "", "names no attribute; for example --set spec.masters.count=3");
    }
    return steps;
  }

  private static Step selector(String text, String at, String inside) throws AssignmentException {
    int equals = inside.indexOf('=');
    if (equals > 0 && equals < inside.length() - 1) {
      return new Selector(inside.substring(0, equals), inside.substring(equals + 1));
    }
    if (!inside.isEmpty() && inside.chars().allMatch(Character::isDigit) && inside.length() <= 9) {
      return new Index(Integer.parseInt(inside));
    }
    throw problem(text, at, "[" + inside + "] is neither an index ([0]) nor an item's key ([alias=MEM])");
  }

  /** The '=' between path and value: the first one outside brackets and quotes. */
  private static int splitAt(String text) {
    boolean inQuotes = false;
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (!inQuotes && c == '[') {
        depth++;
      } else if (!inQuotes && c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (!inQuotes && depth == 0 && c == '=') {
        return i;
      }
    }
    return -1;
  }

  static AssignmentException problem(String text, String path, String message) {
    return new AssignmentException(Diagnostic.error(path, message).at(location(text)));
  }

  /** An assignment that cannot be parsed or applied, with its one problem. */
  static final class AssignmentException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic problem;

    AssignmentException(Diagnostic problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }

    Diagnostic problem() {
      return problem;
    }
  }
}
