package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.cli.Cli.Run;
import dev.alluxiok8s.schema.file.SpecReader;
import dev.alluxiok8s.schema.spec.SpecSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small commands, help, version and usage errors. */
class CommandsTest {

  @Test
  void versionIsTheProjectVersion() {
    Run run = Cli.run("--version");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("alluxio-k8s " + System.getProperty("project.version") + "\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"render", "validate", "schema", "init"})
  void everyCommandHasHelp(String command) {
    Run run = Cli.run(command, "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("Usage: alluxio-k8s " + command);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void topLevelHelpListsCommandsAndExitCodes() {
    Run run = Cli.run("--help");

    assertThat(run.out()).contains("render", "validate", "schema", "init", "Exit codes:", "2   bad usage");
  }

  @Test
  void noCommandIsBadUsage() {
    Run run = Cli.run();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("alluxio-k8s: error: a command is needed: render, validate, diff, schema or init\n"
        + "  hint: see 'alluxio-k8s --help'\n");
  }

  @Test
  void anUnknownOptionIsBadUsage() {
    Run run = Cli.run("render", "--colour", "x.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("alluxio-k8s render: error: Unknown option: '--colour'");
  }

  @Test
  void schemaPrintsTheSpecJsonSchema() {
    Run run = Cli.run("schema");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("{").endsWith("}\n")
        .contains("\"$id\": \"https://alluxio-k8s.dev/schema/v1alpha1/alluxio-cluster.schema.json\"");
  }

  /** Item 7 of issue 13: a spec saved anywhere finds the schema the CLI writes beside it. */
  @Test
  void aStarterSpecSavedAnywhereFindsTheSchemaWrittenBesideIt(@TempDir Path anywhere) throws Exception {
    Path spec = Files.writeString(anywhere.resolve("alluxio.yaml"), Cli.run("init", "--scenario", "fuse").out());
    Files.writeString(anywhere.resolve(SpecSchema.FILE_NAME), Cli.run("schema").out());

    String modeline = Files.readAllLines(spec).get(0);
    Path schema = spec.resolveSibling(modeline.substring(modeline.indexOf("$schema=") + "$schema=".length()));

    assertThat(schema).isRegularFile();
    assertThat(Files.readString(schema).strip()).isEqualTo(SpecSchema.json().strip());
  }

  @Test
  void initHelpListsThePackagedScenarios() {
    Run run = Cli.run("init", "--help");

    assertThat(Scenarios.names()).contains("multi-master-embedded-journal", "s3-under-store");
    assertThat(run.out().replaceAll("\\s+", " ")).contains(String.join(", ", Scenarios.names()));
  }

  @Test
  void everyScenarioPrintsAStarterSpecThatReads() throws Exception {
    for (String name : Scenarios.names()) {
      Run run = Cli.run("init", "--scenario", name);

      assertThat(run.exitCode()).as(name).isEqualTo(ExitCodes.OK);
      assertThat(run.out()).as(name).startsWith(SpecSchema.MODELINE + "\n#");
      SpecReader.create().read(name, run.out().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void anUnknownScenarioListsTheKnownOnes() {
    Run run = Cli.run("init", "--scenario", "../../version.properties");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("alluxio-k8s init: error: unknown scenario \"../../version.properties\"\n"
        + "  hint: choose one of csi, fuse, ");
  }
}
