package dev.alluxiok8s.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import alluxio.conf.PropertyKey;
import alluxio.util.FormatUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code -Dkey=value} our ConfigMaps give Alluxio is a key Alluxio 2.9.4's own
 * {@link PropertyKey} knows, and its value parses as that key's type (with Alluxio's own parsers)
 * and passes the key's own validation. Over every sample, and every values file of the reference
 * Helm chart cases (read from {@code ../shared/reference}; skipped, and reported so, without it).
 */
@Tag("conformance")
@DisplayName("Alluxio properties")
class AlluxioPropertiesTest {

  private static final java.util.regex.Pattern TIER_QUOTA =
      java.util.regex.Pattern.compile("alluxio\\.worker\\.tieredstore\\.level\\d+\\.dirs\\.quota");

  /** What the kubelet would put in the referenced variables: any value of the right shape does. */
  private static final Map<String, String> ENV = Map.of("ALLUXIO_MASTER_HOSTNAME", "alluxio-master-0",
      "ALLUXIO_WORKER_HOSTNAME", "127.0.2.1", "ALLUXIO_CLIENT_HOSTNAME", "127.0.2.1");

  @TestFactory
  @DisplayName("every sample: properties known to Alluxio 2.9.4, values of the right type")
  Stream<DynamicTest> samples() throws IOException {
    Path samples = Sample.moduleDir().resolveSibling("samples");
    try (Stream<Path> folders = Files.list(samples)) {
      return folders.filter(p -> Files.isRegularFile(p.resolve("alluxio.yaml"))).sorted().toList().stream()
          .map(folder -> DynamicTest.dynamicTest(folder.getFileName() + ": properties", () ->
              checkStream(Rendering.renderSpec(folder.resolve("alluxio.yaml"), "stream").values().iterator().next())));
    }
  }

  @TestFactory
  @DisplayName("every reference Helm values file: properties known to Alluxio 2.9.4, values of the right type")
  Stream<DynamicTest> referenceValuesFiles() throws IOException {
    Optional<Path> reference = referenceDir();
    assumeTrue(reference.isPresent(), "../shared/reference is absent: the reference values files cannot be checked");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(reference.get(), 3)) {
      walk.filter(p -> p.getFileName().toString().equals("values.yaml"))
          .filter(p -> p.getParent().getParent().getFileName().toString().startsWith("alluxio-helm-"))
          .sorted().forEach(files::add);
    }
    assertThat(files).as("values files under " + reference.get()).isNotEmpty();
    return files.stream().map(file -> DynamicTest.dynamicTest(
        reference.get().relativize(file).toString() + ": properties", () -> checkStream(Rendering.renderHelmValues(file))));
  }

  /** The check itself can fail: an unknown key, and values that are not of their key's type, are reported. */
  @org.junit.jupiter.api.Test
  @DisplayName("the check reports unknown keys and values of the wrong type")
  void theCheckReportsUnknownKeysAndBadValues() {
    List<String> problems = new ArrayList<>();
    check("ALLUXIO_JAVA_OPTS", "-Dalluxio.master.rpc.prot=19998", problems);
    check("ALLUXIO_JAVA_OPTS", "-Dalluxio.master.rpc.port=rpc", problems);
    check("ALLUXIO_WORKER_JAVA_OPTS", "-Dalluxio.worker.tieredstore.level0.dirs.quota=10GG", problems);
    check("ALLUXIO_JAVA_OPTS", "-Dalluxio.master.journal.type=RAFT", problems);
    check("ALLUXIO_JAVA_OPTS", "-Dalluxio.user.short.circuit.enabled=yes", problems);
    check("ALLUXIO_JAVA_OPTS", "-Dalluxio.master.journal.type=EMBEDDED", problems);
    check("ALLUXIO_WORKER_JAVA_OPTS", "-Dalluxio.worker.tieredstore.level1.dirs.quota=200GB", problems);

    assertThat(problems).hasSize(5);
    assertThat(problems.get(0)).contains("alluxio.master.rpc.prot is not a property");
  }

  /**
   * {@code ../shared/reference} next to the repository: the parent POM's property when it points at
   * a folder, else found by walking up from the module (worktrees may sit at any depth).
   */
  static Optional<Path> referenceDir() {
    String configured = System.getProperty("alluxio.k8s.reference");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Optional.of(Path.of(configured).toAbsolutePath().normalize());
    }
    for (Path dir = Sample.moduleDir(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("reference");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static void checkStream(String yaml) {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Map<String, Object> object : Manifests.parse(yaml)) {
      if (!Tree.kind(object).equals("ConfigMap")) {
        continue;
      }
      for (Map.Entry<String, Object> entry : Tree.map(object, "data").entrySet()) {
        if (!entry.getKey().matches("ALLUXIO_[A-Z_]*JAVA_OPTS")) {
          continue;
        }
        for (String option : Entrypoint.split(Entrypoint.expand(String.valueOf(entry.getValue()), ENV))) {
          if (option.startsWith("-D")) {
            checked++;
            check(entry.getKey(), option, problems);
          }
        }
      }
    }
    assertThat(checked).as("-D options found").isPositive();
    assertThat(problems).isEmpty();
  }

  private static void check(String variable, String option, List<String> problems) {
    int equals = option.indexOf('=');
    String key = option.substring(2, equals < 0 ? option.length() : equals);
    String value = equals < 0 ? "" : option.substring(equals + 1);
    if (!PropertyKey.isValid(key)) {
      problems.add(variable + ": " + key + " is not a property of Alluxio 2.9.4");
      return;
    }
    PropertyKey property = PropertyKey.fromString(key);
    try {
      Object parsed = strictParse(property, value);
      if (!property.validateValue(parsed)) {
        problems.add(variable + ": " + key + "=" + value + " fails the key's validation");
      }
    } catch (RuntimeException e) {
      problems.add(variable + ": " + key + "=" + value + " is not a " + property.getType() + ": " + e.getMessage());
    }
  }

  /** {@link PropertyKey#parseValue} falls back to the string on a bad value; this does not. */
  private static Object strictParse(PropertyKey key, String value) {
    Object parsed = key.parseValue(value);
    switch (key.getType()) {
      case BOOLEAN -> {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
          throw new IllegalArgumentException("not true or false");
        }
      }
      case INTEGER, LONG, DOUBLE, ENUM -> {
        if (parsed instanceof String) {
          throw new IllegalArgumentException("does not parse");
        }
      }
      case DURATION -> FormatUtils.parseTimeSize(value);
      case DATASIZE -> FormatUtils.parseSpaceSize(value);
      default -> {
        // A tier's quotas are typed as a string, but the worker reads them as a comma-separated list of sizes.
        if (TIER_QUOTA.matcher(key.getName()).matches()) {
          for (String quota : value.split(",")) {
            FormatUtils.parseSpaceSize(quota.trim());
          }
        }
      }
    }
    return parsed;
  }
}
