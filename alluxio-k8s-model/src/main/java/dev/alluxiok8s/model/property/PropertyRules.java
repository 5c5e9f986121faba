package dev.alluxiok8s.model.property;

import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.EnvFileCharacters;
import dev.alluxiok8s.model.check.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an Alluxio property or JVM option must look like to survive the trip into
 * {@code ALLUXIO_*_JAVA_OPTS}: Alluxio's scripts split those variables on white space, so a value
 * with a space silently becomes two options; its entrypoint writes them into a shell file
 * ({@link EnvFileCharacters}); and a ConfigMap is no place for a credential.
 */
public final class PropertyRules {

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s");
  private static final List<String> CREDENTIAL_WORDS = List.of(
      "secret", "password", "passwd", "accesskey", "access.key", "account.key", "credential",
      "token", "keytab");

  private PropertyRules() {}

  /** Whether a property key names a credential, which must come from a Secret instead. */
  public static boolean looksLikeCredential(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    return CREDENTIAL_WORDS.stream().anyMatch(lower::contains);
  }

  /**
   * Whether {@link #checkProperties} refuses this entry. The catalog check skips such an entry:
   * its key or value is already reported at that attribute, and a second message about the same
   * entry (an unknown key, a value Alluxio cannot read) would only repeat the one problem.
   */
  public static boolean refuses(String key, String value) {
    return !KEY.matcher(key).matches() || looksLikeCredential(key)
        || EnvFileCharacters.firstUnsafe(value).isPresent() || WHITESPACE.matcher(value).find();
  }

  /** Checks a map of Alluxio properties at {@code path}. */
  public static void checkProperties(Problems problems, String path, Map<String, String> properties) {
    properties.forEach((key, value) -> {
      String at = PathJoiner.key(path, key);
      if (!KEY.matcher(key).matches()) {
        problems.add(at, "\"" + key + "\" is not an Alluxio property key (example: alluxio.user.file.writetype.default)");
      } else if (looksLikeCredential(key)) {
        problems.add(at, "looks like a credential; literal credentials end up in a ConfigMap. "
            + "Reference a Kubernetes Secret instead (spec.underStorage.credentials)");
      }
      if (EnvFileCharacters.firstUnsafe(value).isPresent()) {
        EnvFileCharacters.check(problems, at, value);
      } else if (WHITESPACE.matcher(value).find()) {
        problems.add(at, "the value may not contain white space: Alluxio splits its Java options on spaces");
      }
    });
  }

  /** Checks a list of JVM options at {@code path}. */
  public static void checkJvmOptions(Problems problems, String path, List<String> options) {
    for (int i = 0; i < options.size(); i++) {
      String option = options.get(i);
      String at = PathJoiner.index(path, i);
      String name = (option.startsWith("-D") ? option.substring(2) : option).split("=", 2)[0];
      // First, so that the other messages, which quote the option, never quote a credential.
      if (looksLikeCredential(name)) {
        problems.add(at, "looks like a credential; literal credentials end up in a ConfigMap. "
            + "Reference a Kubernetes Secret instead (spec.underStorage.credentials)");
      } else if (EnvFileCharacters.firstUnsafe(option).isPresent()) {
        EnvFileCharacters.check(problems, at, option);
      } else if (option.isEmpty() || WHITESPACE.matcher(option).find()) {
        problems.add(at, "\"" + option + "\" must be one non-empty option without white space; give each option its own list item");
      } else if (!option.startsWith("-")) {
        problems.add(at, "\"" + option + "\" is not a JVM option (it must start with '-', e.g. -Xmx4g)");
      }
    }
  }
}
