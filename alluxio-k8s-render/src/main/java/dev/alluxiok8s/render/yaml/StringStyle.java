package dev.alluxiok8s.render.yaml;

import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Chooses how a string is written so that every reader gets the same string back.
 *
 * <ul>
 *   <li><b>plain</b> when neither a YAML 1.1 reader ({@link Yaml11Resolver}) nor a YAML 1.2 core
 *       reader would resolve it to something else, and nothing in it has a meaning in YAML;
 *   <li><b>literal block</b> ({@code |}) for multi-line values that a block can carry exactly, so
 *       scripts and config files stay readable;
 *   <li><b>double-quoted</b> otherwise. Double quotes, never single: one quoting style to read,
 *       the one {@code kubectl} and Go's YAML libraries write, and the only one with escapes.
 * </ul>
 *
 * <p>The plain test is deliberately stricter than YAML requires (any leading indicator, any tab,
 * {@code -Xmx2g} included): quoting too much costs two characters, quoting too little corrupts
 * data.
 *
 * <p>Not thread-safe: it remembers its answers; use one per stream.
 */
final class StringStyle {

  private static final String LEADING_INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

  private final ScalarResolver yaml11 = new Yaml11Resolver();
  private final ScalarResolver yaml12 = new CoreScalarResolver(true);
  private final Map<String, Boolean> plain = new HashMap<>();

  /**
   * The style for {@code value}; {@code key} says whether it is a mapping key, which can never be
   * a block scalar.
   */
  ScalarStyle choose(String value, boolean key) {
    if (value.indexOf('\n') >= 0) {
      return !key && fitsLiteralBlock(value) ? ScalarStyle.LITERAL : ScalarStyle.DOUBLE_QUOTED;
    }
    return canBePlain(value) ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED;
  }

  boolean canBePlain(String value) {
    // Keys and many values repeat across the documents of a stream; the answer is a pure
    // function of the string, and the resolvers below cost several regex matches.
    Boolean known = plain.get(value);
    if (known == null) {
      known = decidePlain(value);
      plain.put(value, known);
    }
    return known;
  }

  private boolean decidePlain(String value) {
    if (value.isEmpty()
        || !yaml11.resolve(value, true).equals(Tag.STR)
        || !yaml12.resolve(value, true).equals(Tag.STR)) {
      return false;
    }
    char first = value.charAt(0);
    char last = value.charAt(value.length() - 1);
    if (LEADING_INDICATORS.indexOf(first) >= 0 || first == ' ' || last == ' ' || last == ':') {
      return false;
    }
    if (value.startsWith("...") || value.contains(": ") || value.contains(" #")) {
      return false;
    }
    return allSafe(value, false);
  }

  /**
   * A literal block carries the value exactly only if no line ends in a space (a block cannot keep
   * it), the value does not start with whitespace or a break (it would need an indentation
   * indicator, which some readers get wrong) and every character can be written unescaped.
   */
  private static boolean fitsLiteralBlock(String value) {
    char first = value.charAt(0);
    if (first == ' ' || first == '\n' || value.contains(" \n") || value.endsWith(" ")) {
      return false;
    }
    return allSafe(value, true);
  }

  /**
   * Whether every code point of {@code value} (as {@link String#codePoints()} gives them: an
   * unpaired surrogate is a code point of its own) is safe, or a line feed when {@code
   * lineFeeds}. A loop rather than a stream: this runs for every scalar written.
   */
  private static boolean allSafe(String value, boolean lineFeeds) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!(isSafeChar(c) || (lineFeeds && c == '\n'))) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Printable in YAML and not a line break for any YAML version: tabs, C0/C1 controls, {@code
   * U+0085}, {@code U+2028}, {@code U+2029}, the BOM and unpaired surrogates need escaping.
   */
  private static boolean isSafeChar(int c) {
    return (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
