package dev.alluxiok8s.model.ufs;

import dev.alluxiok8s.model.check.EnvFileCharacters;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SpecRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** What an under-storage location must look like: a real URI, not a template left unfilled. */
public final class UriRules {

  /** {@code <under_storage_address>}, {@code <bucket>}: the guide's placeholders, which it says MUST be changed. */
  private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]*>");
  /**
   * {@code scheme://user:password@host}: an authority with a password. A name alone before '@' is
   * no secret, and Azure's {@code wasbs://container@account.blob.core.windows.net/} needs one.
   */
  private static final Pattern USER_INFO = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/?#@]*:[^/?#]*@.*", Pattern.DOTALL);

  private UriRules() {}

  /** Whether {@code value} is a URI with a password before '@' ({@code s3://user:secret@host/}). */
  public static boolean hasPassword(String value) {
    return USER_INFO.matcher(value).matches();
  }

  /** Checks {@code value} at {@code path}; {@code expectation} says what a good value looks like. */
  public static void checkUri(Problems problems, String path, String value, String expectation) {
    if (value.isBlank()) {
      problems.add(path, "must not be empty; expected " + expectation);
      return;
    }
    // First, and without quoting the value: what stands before '@' is likely a password.
    if (hasPassword(value)) {
      problems.add(SpecRule.URI_PASSWORD, path, "carries user information before '@' (user:password@), which would land in a ConfigMap and "
          + "in every process's command line; remove it and give the credentials as spec.underStorage.credentials "
          + "(from a Secret)");
      return;
    }
    if (EnvFileCharacters.firstUnsafe(value).isPresent()) {
      EnvFileCharacters.check(problems, path, value);
      return;
    }
    if (PLACEHOLDER.matcher(value).find()) {
      problems.add(path, "\"" + value + "\" still holds a placeholder (" + placeholderIn(value)
          + "); replace it with a real location, e.g. " + expectation);
      return;
    }
    if (value.startsWith("/")) {
      return;
    }
    try {
      URI uri = new URI(value);
      problems.require(uri.getScheme() != null, path, "\"" + value + "\" has no scheme; expected " + expectation);
    } catch (URISyntaxException e) {
      problems.add(path, "\"" + value + "\" is not a URI (" + e.getReason() + " at index " + e.getIndex()
          + "); expected " + expectation);
    }
  }

  /** {@link StorageUris#checkReachable}, for the journal's package. */
  public static void checkReachable(Problems problems, String path, String value, boolean hasHdfsConfiguration,
      String configurationAttribute) {
    StorageUris.checkReachable(problems, path, value, hasHdfsConfiguration, configurationAttribute);
  }

  /** The URI's scheme in lower case, when {@code value} is a URI with one. */
  public static java.util.Optional<String> schemeOf(String value) {
    return StorageUris.schemeOf(value);
  }

  /** The URI's path, when {@code value} is a URI with a scheme. */
  public static java.util.Optional<String> pathOf(String value) {
    return StorageUris.parse(value).map(u -> u.getRawPath() == null ? "" : u.getRawPath());
  }

  /** Whether {@code scheme} is an object store's (s3a, gs, wasbs, ...). */
  public static boolean isObjectStore(String scheme) {
    return StorageUris.OBJECT_STORES.contains(scheme);
  }

  private static String placeholderIn(String value) {
    var m = PLACEHOLDER.matcher(value);
    return m.find() ? m.group() : value;
  }
}
