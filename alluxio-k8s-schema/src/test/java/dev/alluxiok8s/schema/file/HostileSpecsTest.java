package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.model.check.SpecRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Specs written as a hostile or careless user would (issue 12): shell text on its way to
 * {@code alluxio-env.sh}, forged reserved annotations, credentials where they do not belong,
 * paths that harm the node, hostile YAML. Each {@code hostile/<name>.yaml} is refused with exactly
 * the lines of {@code <name>.expected}, every one at the attribute's line and column, within a
 * CPU time that rules out a hang, and no line of output is more than one line. After a reviewed change
 * of wording, {@code -Dalluxio.k8s.golden.update=true} rewrites the {@code .expected} files.
 */
class HostileSpecsTest {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * The first reads load snakeyaml, the model and Jackson: seconds on a busy machine, and no hang.
   * A valid spec is bound without Jackson, so an invalid one loads Jackson's path and the
   * diagnostics too; otherwise the first hostile spec pays for that loading within its bound.
   */
  @BeforeAll
  static void warmUp() throws SpecException {
    SpecReader.create().readText("warm-up.yaml", SpecFixtures.HEADER);
    assertThatThrownBy(() -> SpecReader.create().readText("warm-up-invalid.yaml", SpecFixtures.HEADER + "  masters:\n    count: two\n"))
        .isInstanceOf(SpecException.class);
  }

  static Stream<Path> hostileSpecs() {
    return SpecFixtures.files("hostile");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileSpecs")
  void refusesAtTheAttributeWithoutEchoingRawText(Path file) {
    String name = file.getFileName().toString();
    List<String> lines = new ArrayList<>();
    // The reading thread's CPU time, not the wall clock: a busy machine (or PIT's coverage run
    // beside other builds) stretches the wall time of a read that does not hang.
    long start = THREADS.getCurrentThreadCpuTime();
    assertThatThrownBy(() -> SpecReader.create().read(name, SpecFixtures.bytes(file)))
        .isInstanceOfSatisfying(SpecException.class, e -> e.diagnostics().forEach(d -> lines.add(DiagnosticFormat.line(d, ""))));
    assertThat(Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start)).isLessThan(Duration.ofSeconds(2));
    Path expected = file.resolveSibling(name.replaceFirst("\\.yaml$", ".expected"));
    if (Boolean.getBoolean("alluxio.k8s.golden.update")) {
      writeExpected(expected.getFileName().toString(), lines);
      return;
    }
    if (!Files.exists(expected)) {
      fail("no " + expected.getFileName() + "; the problems were:\n" + String.join("\n", lines));
    }
    assertThat(lines).isEqualTo(SpecFixtures.expectedLines(file));
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("\n", "\r").startsWith(name + ":"));
  }

  /** Every spec rule has a refused spec here, so no rule id outlives the rule (the page lists the same ids). */
  @Test
  void everySpecRuleRefusesOneOfTheseSpecs() {
    String allExpected = hostileSpecs().filter(f -> f.toString().endsWith(".yaml"))
        .map(f -> String.join("\n", SpecFixtures.expectedLines(f))).collect(Collectors.joining("\n"));
    assertThat(Arrays.stream(SpecRule.values()).filter(r -> !allExpected.contains("[" + r.id() + "]")))
        .as("spec rules without a hostile spec under hostile/").isEmpty();
  }

  private static void writeExpected(String name, List<String> lines) {
    Path source = Path.of(System.getProperty("alluxio.k8s.repo", ".."))
        .resolve("alluxio-k8s-schema/src/test/resources/dev/alluxiok8s/schema/file/hostile").resolve(name);
    try {
      Files.writeString(source, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
