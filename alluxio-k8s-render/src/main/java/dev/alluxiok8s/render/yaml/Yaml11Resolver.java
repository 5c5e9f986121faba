package dev.alluxiok8s.render.yaml;

import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Resolves plain scalars the way YAML 1.1 readers do ({@code kubectl}, Helm, Go's {@code yaml.v2},
 * PyYAML, SnakeYAML 1.x), which is how the manifests we write are actually read.
 *
 * <p>It errs on the side of "not a string": a string that any of those readers might take for a
 * bool, null, number, timestamp, merge key or value key resolves to a non-string tag here, so the
 * writer quotes it. Case is ignored for words ({@code tRuE}, {@code NuLl}), sexagesimal numbers
 * accept a leading zero, and Go's {@code strconv} spellings ({@code -inf}, {@code 0x1p3}) count as
 * floats, and so does a lone {@code .} (the spec's float needs no digit). Dotted versions such as
 * {@code 2.9.0} stay strings: the spec's float would take them, but no real reader does.
 */
public final class Yaml11Resolver implements ScalarResolver {

  private static final Pattern BOOL =
      Pattern.compile("(?i:y|n|yes|no|true|false|on|off)");
  private static final Pattern NULL = Pattern.compile("(?i:~|null|)");
  private static final Pattern INT =
      Pattern.compile(
          "[-+]?0b[0-1_]+"
              + "|[-+]?0o?[0-7_]+"
              + "|[-+]?(?:0|[1-9][0-9_]*)"
              + "|[-+]?0x[0-9a-fA-F_]+"
              + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+");
  private static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?(?=\\.?[0-9_]*[0-9])(?:\\.[0-9_]+|[0-9_]+(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
              + "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+][0-9]+)?"
              + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
              + "|\\.(?i:inf|nan)|[-+]\\.?(?i:inf|infinity|nan)"
              + "|[-+]?0[xX][0-9a-fA-F_]*(?:\\.[0-9a-fA-F_]*)?(?:[pP][-+]?[0-9_]+)?");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
              + "(?:(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
              + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)?");
  private static final Pattern MERGE = Pattern.compile("<<");
  private static final Pattern VALUE = Pattern.compile("=");

  /**
   * What NULL and BOOL make of a value that starts with an ASCII letter, without a regex: their
   * words ({@code null}; {@code y n yes no true false on off}) in any ASCII case. The regexes'
   * {@code (?i)} folds ASCII only, so neither does this ({@code equalsIgnoreCase} would also take
   * {@code yeſ} for {@code yes}).
   */
  private static Tag word(String value) {
    if (value.length() > 5) {
      return Tag.STR;
    }
    char[] lower = new char[value.length()];
    for (int i = 0; i < lower.length; i++) {
      char c = value.charAt(i);
      lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return switch (new String(lower)) {
      case "null" -> Tag.NULL;
      case "y", "n", "yes", "no", "true", "false", "on", "off" -> Tag.BOOL;
      default -> Tag.STR;
    };
  }

  /**
   * Every character that can start a match of one of the patterns (ASCII only: {@code (?i)} without
   * {@code UNICODE_CASE} folds ASCII letters only): NULL {@code ~ n N}, BOOL {@code y n t f o} in
   * either case, INT {@code - + 0-9}, FLOAT also {@code . _}, TIMESTAMP {@code 0-9}, MERGE
   * {@code <}, VALUE {@code =}. The empty string is NULL. Saves seven regex matches on most strings.
   * (Values starting with a letter go to {@link #word} before this is consulted.)
   */
  private static final String MAY_START_A_NON_STRING = "~nNyYtTfFoO-+._0123456789<=";

  /** The YAML 1.1 value-key tag ({@code =}), which has no constant in snakeyaml-engine. */
  public static final Tag VALUE_TAG = new Tag(Tag.PREFIX + "value");

  /** The YAML 1.1 timestamp tag, which snakeyaml-engine (a 1.2 library) does not define. */
  public static final Tag TIMESTAMP_TAG = new Tag(Tag.PREFIX + "timestamp");

  /**
   * The tag a YAML 1.1 reader gives {@code value}; quoted scalars ({@code implicit == false}) are
   * always strings.
   */
  @Override
  public Tag resolve(String value, Boolean implicit) {
    if (!Boolean.TRUE.equals(implicit)) {
      return Tag.STR;
    }
    if (!value.isEmpty()) {
      char first = value.charAt(0);
      if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')) {
        // Of the patterns below, only NULL and BOOL match a value starting with a letter.
        return word(value);
      }
      if (MAY_START_A_NON_STRING.indexOf(first) < 0) {
        // Every pattern below must match the whole value, and none can start with this character.
        return Tag.STR;
      }
    }
    return byPatterns(value);
  }

  /** The tag by the patterns alone, without the shortcuts (a test checks they agree). */
  static Tag byPatterns(String value) {
    if (NULL.matcher(value).matches()) {
      return Tag.NULL;
    }
    if (BOOL.matcher(value).matches()) {
      return Tag.BOOL;
    }
    if (INT.matcher(value).matches()) {
      return Tag.INT;
    }
    if (FLOAT.matcher(value).matches()) {
      return Tag.FLOAT;
    }
    if (TIMESTAMP.matcher(value).matches()) {
      return TIMESTAMP_TAG;
    }
    if (MERGE.matcher(value).matches()) {
      return Tag.MERGE;
    }
    if (VALUE.matcher(value).matches()) {
      return VALUE_TAG;
    }
    return Tag.STR;
  }
}
