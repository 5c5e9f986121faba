package dev.alluxiok8s.render.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code ALLUXIO_*_JAVA_OPTS} value: {@code -Dkey=value} options and JVM options, in the order
 * added, joined by single spaces.
 */
final class JavaOptions {

  private final List<String> options = new ArrayList<>();

  JavaOptions property(String key, Object value) {
    options.add("-D" + key + "=" + value);
    return this;
  }

  JavaOptions properties(Map<String, String> properties) {
    properties.forEach(this::property);
    return this;
  }

  JavaOptions jvm(List<String> jvmOptions) {
    options.addAll(jvmOptions);
    return this;
  }

  @Override
  public String toString() {
    return String.join(" ", options);
  }
}
