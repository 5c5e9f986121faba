package dev.alluxiok8s.model.image;

import java.util.regex.Pattern;

/** The parts of Docker's image reference grammar that a spec gives separately. */
final class ImageReferenceGrammar {

  /**
   * Docker's grammar: a first component is a registry only when it has a '.' or a port or is
   * {@code localhost} (so {@code Alluxio/alluxio} is a path, and an invalid one); path components
   * are lower-case, separated by '.', '_', "__" or dashes.
   */
  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final Pattern REPOSITORY = Pattern.compile(
      "(?:(?:[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)+|localhost)(?::[0-9]+)?/|[a-zA-Z0-9-]+:[0-9]+/)?"
          + COMPONENT + "(?:/" + COMPONENT + ")*");
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

  private ImageReferenceGrammar() {}

  static boolean isRepository(String value) {
    return value.length() <= 255 && REPOSITORY.matcher(value).matches();
  }

  static boolean isTag(String value) {
    return TAG.matcher(value).matches();
  }
}
