package dev.alluxiok8s.model.image;

import java.util.regex.Pattern;

/** The parts of Docker's image reference grammar that a spec gives separately. */
final class ImageReferenceGrammar {

  private static final Pattern REPOSITORY = Pattern.compile(
      "([a-zA-Z0-9.-]+(:[0-9]+)?/)?[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*");
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

  private ImageReferenceGrammar() {}

  static boolean isRepository(String value) {
    return value.length() <= 255 && REPOSITORY.matcher(value).matches();
  }

  static boolean isTag(String value) {
    return TAG.matcher(value).matches();
  }
}
