package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Specs written as a hostile or careless user would (issue 12): shell text on its way to
 * {@code alluxio-env.sh}, forged reserved annotations, credentials where they do not belong,
 * paths that harm the node, hostile YAML. Each {@code hostile/<name>.yaml} is refused with exactly
 * the lines of {@code <name>.expected}, every one at the attribute's line and column, within a
 * time that rules out a hang, and no line of output is more than one line.
 */
class HostileSpecsTest {

  /** The first read loads Jackson, snakeyaml and the model: seconds on a busy machine, and no hang. */
  @BeforeAll
  static void warmUp() throws SpecException {
    SpecReader.create().readText("warm-up.yaml", SpecFixtures.HEADER);
  }

  static Stream<Path> hostileSpecs() {
    return SpecFixtures.files("hostile");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileSpecs")
  void refusesAtTheAttributeWithoutEchoingRawText(Path file) {
    String name = file.getFileName().toString();
    List<String> lines = new ArrayList<>();
    long start = System.nanoTime();
    assertThatThrownBy(() -> SpecReader.create().read(name, SpecFixtures.bytes(file)))
        .isInstanceOfSatisfying(SpecException.class, e -> e.diagnostics().forEach(d -> lines.add(DiagnosticFormat.line(d, ""))));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    Path expected = file.resolveSibling(name.replaceFirst("\\.yaml$", ".expected"));
    if (!Files.exists(expected)) {
      fail("no " + expected.getFileName() + "; the problems were:\n" + String.join("\n", lines));
    }
    assertThat(lines).isEqualTo(SpecFixtures.expectedLines(file));
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("\n", "\r").startsWith(name + ":"));
  }
}
