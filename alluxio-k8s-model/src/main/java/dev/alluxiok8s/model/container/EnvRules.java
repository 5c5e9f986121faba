package dev.alluxiok8s.model.container;

import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.EnvFileCharacters;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.ufs.UriRules;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the environment variables of one container may be. A name is a C identifier, given once,
 * and not one alluxio-k8s sets itself ({@link ReservedNames#env}). A credential never stands in
 * the spec: a variable whose name says it holds one, or a value with {@code user:password@},
 * must come from a Secret ({@code valueFrom.secretKeyRef}), since a literal value lands in the
 * manifest for anyone who can read the workload. Alluxio's entrypoint writes {@code ALLUXIO_*}
 * variables into {@code conf/alluxio-env.sh} and sources it, so their values obey {@link
 * EnvFileCharacters}, and come from nothing the spec cannot see.
 *
 * <pre>{@code
 * EnvRules.check(problems, "env", List.of(EnvVar.of("ALLUXIO_WORKER_JAVA_OPTS", "-Xmx4g")));
 * // env[0].name: "ALLUXIO_WORKER_JAVA_OPTS" is not available: it holds the Java options ... [SPEC-RESERVED-NAME]
 * }</pre>
 */
public final class EnvRules {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** Words in a variable's name that say it holds a credential. */
  private static final List<String> CREDENTIAL_WORDS = List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "CREDENTIAL",
      "PRIVATE_KEY", "ACCESS_KEY", "API_KEY", "SECRETKEY", "ACCESSKEY");

  private EnvRules() {}

  /** Checks the variables {@code env} of one container, at {@code path} ({@code env}). */
  public static void check(Problems problems, String path, List<EnvVar> env) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < env.size(); i++) {
      EnvVar v = env.get(i);
      String at = PathJoiner.index(path, i);
      if (!NAME.matcher(v.name()).matches()) {
        problems.add(at + ".name", "\"" + v.name() + "\" is not a variable name a shell can read (letters, digits and '_', "
            + "not starting with a digit)");
        continue;
      }
      problems.require(seen.add(v.name()), at + ".name", "\"" + v.name() + "\" is given twice");
      ReservedNames.env(v.name()).ifPresent(why -> problems.add(SpecRule.RESERVED_NAME, at + ".name",
          "\"" + v.name() + "\" is not available: " + why));
      v.value().ifPresent(value -> checkValue(problems, at, v.name(), value));
      v.valueFrom().filter(s -> s.isFromObject() && isAlluxio(v.name())).ifPresent(s -> problems.add(SpecRule.ENV_FILE_CHARACTER,
          at + ".valueFrom", "Alluxio's entrypoint writes ALLUXIO_* variables into conf/alluxio-env.sh and sources it, so "
              + "their values must stand in the spec, where they are checked; name the variable without the ALLUXIO_ prefix"));
    }
  }

  private static void checkValue(Problems problems, String at, String name, String value) {
    if (isCredential(name) && !value.isEmpty()) {
      problems.add(SpecRule.CREDENTIAL_LITERAL, at + ".value", "\"" + name + "\" reads as a credential, and a value "
          + "written here lands in the manifest; give it from a Secret with valueFrom.secretKeyRef");
    } else if (UriRules.hasPassword(value)) {
      problems.add(SpecRule.CREDENTIAL_LITERAL, at + ".value", "carries user information before '@' (user:password@), "
          + "which would land in the manifest; give the credential from a Secret with valueFrom.secretKeyRef");
    } else if (isAlluxio(name)) {
      EnvFileCharacters.check(problems, at + ".value", value);
    }
  }

  private static boolean isAlluxio(String name) {
    return name.startsWith("ALLUXIO_");
  }

  private static boolean isCredential(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return CREDENTIAL_WORDS.stream().anyMatch(upper::contains);
  }
}
