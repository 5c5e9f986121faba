package dev.alluxiok8s.kube.diagnostic;

/**
 * Makes text safe to print on one line of a terminal or a log. Diagnostics quote what a spec
 * says, and a spec may come from someone with less power than whoever reads the output: a quoted
 * newline would let it forge a whole error line ({@code alluxio.yaml:1:1: error: ...}), a carriage
 * return or an escape sequence could hide one, and a bidirectional override could make a line read
 * differently from what it says. Such characters are written as Java-style escapes instead.
 *
 * <pre>{@code
 * PrintableText.escape("a\nb")     // a\nb, two characters '\' and 'n' in place of the line break
 * PrintableText.escape("x\u0000")  // x\u0000
 * }</pre>
 */
public final class PrintableText {

  private PrintableText() {}

  /** {@code text} with every character that is not safely printable replaced by its escape. */
  public static String escape(String text) {
    int first = firstUnprintable(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isUnprintable(c)) {
        out.append(c);
      } else {
        switch (c) {
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> out.append(String.format("\\u%04x", (int) c));
        }
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code c} changes how a line prints rather than printing itself: C0 and C1 controls,
   * DEL, the line and paragraph separators, bidirectional controls, and lone surrogates.
   */
  public static boolean isUnprintable(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f'
        || c == '\u061c' || c == '\ufeff';
  }

  private static int firstUnprintable(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnprintable(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
