package dev.alluxiok8s.validation.alluxio;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.properties.catalog.Role;
import dev.alluxiok8s.properties.check.PropertyChecker;
import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.validation.tree.Trees;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -D} options of a ConfigMap's {@code ALLUXIO_*_JAVA_OPTS}, hand-written or rendered by
 * Alluxio's chart, checked like a spec's properties: each finding is reported at the variable
 * (the data key), naming the property. Alluxio's scripts split these variables on white space, as
 * done here; the variable says which process reads them ({@code ALLUXIO_WORKER_JAVA_OPTS}: the
 * worker), and {@code ALLUXIO_JAVA_OPTS} reaches every process.
 */
public final class JavaOptsRules {

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9._-]+");
  private static final Pattern VARIABLE = Pattern.compile("ALLUXIO(?:_([A-Z_]+))?_JAVA_OPTS");
  private static final Map<String, Role> ROLES = Map.of(
      "MASTER", Role.MASTER, "JOB_MASTER", Role.JOB_MASTER, "WORKER", Role.WORKER,
      "JOB_WORKER", Role.JOB_WORKER, "FUSE", Role.CLIENT, "USER", Role.CLIENT);

  private final PropertyChecker checker;

  public JavaOptsRules(PropertyChecker checker) {
    this.checker = checker;
  }

  /** Checks {@code check}'s object when it is a ConfigMap. */
  public void check(ObjectCheck check) {
    if (!"ConfigMap".equals(Trees.string(check.tree(), "kind"))) {
      return;
    }
    Map<String, Object> data = Trees.map(check.tree(), "data");
    if (data == null) {
      return;
    }
    data.forEach((variable, value) -> {
      Matcher m = VARIABLE.matcher(variable);
      if (m.matches() && value instanceof String options) {
        // ALLUXIO_PROXY_JAVA_OPTS and the like: a process with no role of its own is not judged by scope.
        Optional<Role> role = Optional.ofNullable(m.group(1)).map(ROLES::get);
        checkOptions(check, FieldPath.ROOT.field("data").field(variable), options, role);
      }
    });
  }

  private void checkOptions(ObjectCheck check, FieldPath at, String options, Optional<Role> role) {
    for (String option : options.trim().split("\\s+")) {
      if (!option.startsWith("-D") || option.length() == 2) {
        continue;
      }
      String[] keyValue = option.substring(2).split("=", 2);
      // A bare -Dkey is an empty value to Java, and so to Alluxio.
      String value = keyValue.length == 2 ? keyValue[1] : "";
      String key = keyValue[0];
      // The key leads the message: quoted unless it is a plain one, so it cannot break the line.
      String named = PLAIN_KEY.matcher(key).matches() ? key : PropertyChecker.quoted(key);
      for (Diagnostic d : checker.check(key, key, value, role)) {
        check.add(d.ruleId(), d.severity(), at, named + ": " + d.message(), d.remedy());
      }
    }
  }
}
