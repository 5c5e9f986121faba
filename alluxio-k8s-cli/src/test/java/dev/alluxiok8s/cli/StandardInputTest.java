package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} as an input file reads the standard input: {@code cat alluxio.yaml | alluxio-k8s render -}. */
class StandardInputTest {

  @TempDir Path dir;

  @Test
  void renderDashReadsTheSpecFromStandardInputAndPrintsWhatTheFileWould() throws IOException {
    Path file = Cli.copy("valid.yaml", dir);

    Run piped = Cli.runWithInput(Files.readString(file, StandardCharsets.UTF_8), "render", "-");

    assertThat(piped.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(piped.err()).isEmpty();
    assertThat(piped.out()).isEqualTo(Cli.run("render", file.toString()).out());
  }

  @Test
  void aSpecErrorOnStandardInputIsReportedAtStdinLineAndColumn() throws IOException {
    String spec = Files.readString(Cli.copy("bad-quantity.yaml", dir), StandardCharsets.UTF_8);

    Run run = Cli.runWithInput(spec, "render", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("<stdin>:10:7: error: spec.journal.volume.size: \"10 gigs\" is not a"
        + " Kubernetes quantity (examples: 10Gi, 500M, 250m, 2)\n");
  }

  @Test
  void anEndlessPipeIsRefusedAsTooLargeNotReadIntoMemory() {
    String huge = "#".repeat(2 * 1024 * 1024) + "\n";

    Run run = Cli.runWithInput(huge, "render", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("<stdin>: error: more than 1048576 bytes; a spec may have at most 1048576\n");
  }

  @Test
  void validateDashChecksTheManifestsOnStandardInput() throws IOException {
    String manifest = Files.readString(Cli.copy("invalid-manifest.yaml", dir), StandardCharsets.UTF_8);

    Run run = Cli.runWithInput(manifest, "validate", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEqualTo("1 object(s): 1 error(s), 1 warning(s)\n");
    assertThat(run.err()).startsWith("<stdin>:4:3: error: Service/Alluxio_Master: metadata.name:");
  }

  @Test
  void renderedOutputPipesIntoValidate() {
    Run rendered = Cli.run("render", Cli.copy("valid.yaml", dir).toString());

    Run validated = Cli.runWithInput(rendered.out(), "validate", "-", "--external", "Secret/alluxio-s3-credentials");

    // What a file gives, piped: no error (the property catalog may warn about the credential's old
    // name, aws.secretKey, which the fixture uses on purpose).
    assertThat(validated.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(validated.err()).doesNotContain(": error: ");
    assertThat(validated.out()).contains(": 0 error(s), ");
  }

  @Test
  void anEmptyStandardInputHasNoObjectsToValidate() {
    Run run = Cli.runWithInput("", "validate", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("<stdin>: error: no Kubernetes objects found");
  }
}
