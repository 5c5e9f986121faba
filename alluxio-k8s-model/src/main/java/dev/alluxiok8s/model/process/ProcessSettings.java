package dev.alluxiok8s.model.process;

import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.container.EnvRules;
import dev.alluxiok8s.model.container.EnvVar;
import dev.alluxiok8s.model.property.PropertyRules;
import java.util.List;
import java.util.SortedMap;

/**
 * What every Alluxio process (master, job master, worker, job worker, FUSE) is given: container
 * resources, JVM options and Alluxio properties of its own. Each process has its own type so that
 * each can default its resources the way Alluxio's chart does.
 */
public interface ProcessSettings {

  Resources resources();

  /** JVM options, one per item, e.g. {@code -Xmx4g}. */
  List<String> jvmOptions();

  /** Alluxio properties for this process only, written as {@code -Dkey=value} in key order. */
  SortedMap<String, String> properties();

  /**
   * Environment variables of this process's container, beside those alluxio-k8s sets; a name it
   * sets itself is refused ({@link EnvRules}), and anything secret comes from a Secret.
   */
  List<EnvVar> env();

  /** Checks the common attributes; each process type calls it from its own check. */
  default void checkSettings(String typeName) {
    Problems problems = new Problems(typeName);
    PropertyRules.checkJvmOptions(problems, "jvmOptions", jvmOptions());
    PropertyRules.checkProperties(problems, "properties", properties());
    EnvRules.check(problems, "env", env());
    problems.throwIfAny();
  }
}
