package dev.alluxiok8s.model.check;

import java.util.Optional;

/**
 * Which characters may reach Alluxio's {@code conf/alluxio-env.sh}. Every value that ends up in
 * an {@code ALLUXIO_*_JAVA_OPTS} variable (property values, JVM options, the root URI, the
 * journal folder, tier and metastore paths, ...) is copied by the image's entrypoint into that
 * file as {@code export KEY="value"}, a line built from {@code echo ${keyvaluepair}} (unquoted,
 * so glob characters expand), and the file is then sourced by bash. Inside those double quotes
 * {@code $}, a backtick, {@code "} and {@code \} run commands or end the quoting; a line break or
 * NUL breaks the line; {@code *}, {@code ?} and {@code [} may be replaced by file names of the
 * working directory. A spec may be written by someone with less power than whoever applies its
 * output, so each of these is refused where it is written, naming the character.
 *
 * <pre>{@code
 * EnvFileCharacters.check(problems, "properties[\"a.b\"]", "$(id)");
 * // properties["a.b"]: may not contain '$' (U+0024): ...
 * }</pre>
 */
public final class EnvFileCharacters {

  /** Characters the shell treats specially inside the double quotes, or in the unquoted echo. */
  private static final String SHELL_SPECIAL = "$`\"\\*?[";

  private EnvFileCharacters() {}

  /** The first character of {@code value} that would not reach the JVM as written, described. */
  public static Optional<String> firstUnsafe(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (SHELL_SPECIAL.indexOf(c) >= 0) {
        return Optional.of("'" + c + "' (U+" + hex(c) + ")");
      }
      // A tab is white space, which PropertyRules refuses with its own reason.
      if ((c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
        return Optional.of("the control character U+" + hex(c) + (c == '\n' ? " (a line break)" : c == 0 ? " (NUL)" : ""));
      }
    }
    return Optional.empty();
  }

  /** Records a problem at {@code path} when {@code value} holds a character unsafe in the env file. */
  public static void check(Problems problems, String path, String value) {
    firstUnsafe(value).ifPresent(c -> problems.add(SpecRule.ENV_FILE_CHARACTER, path, "may not contain " + c + ": Alluxio's entrypoint writes "
        + "this value into conf/alluxio-env.sh as export KEY=\"value\" and sources it, where that character would run "
        + "commands or break the line"));
  }

  private static String hex(char c) {
    return String.format("%04X", (int) c);
  }
}
