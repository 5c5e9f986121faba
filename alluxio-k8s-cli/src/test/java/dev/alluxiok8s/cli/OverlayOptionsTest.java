package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render SPEC --overlay FILE --set PATH=VALUE}: per-environment differences, each problem at its own source. */
class OverlayOptionsTest {

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void anOverlayAndASetChangeTheRenderedCluster() throws IOException {
    Path base = Cli.copy("minimal.yaml", dir);
    Path prod = write("prod.yaml", """
        spec:
          journal:
            type: EMBEDDED
          masters:
            count: 3
        """);

    Run run = Cli.run("render", base.toString(), "--overlay", prod.toString(), "--set", "spec.masters.count=5");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("replicas: 5").doesNotContain("replicas: 3");
  }

  @Test
  void everyProblemIsReportedAtTheFileOrArgumentThatGaveItInOneRun() throws IOException {
    Path base = Cli.copy("minimal.yaml", dir);
    Path prod = write("prod.yaml", """
        spec:
          journal:
            type: EMBEDDED
          wrkers:
            hostNetwork: false
        """);

    Run run = Cli.run("render", base.toString(), "--overlay", prod.toString(), "--set", "spec.masters.count=4",
        "--set", "spec.tieredStore.levels[3].alias=HDD");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).containsExactly(
        prod + ":4:3: error: spec.wrkers: unknown field \"wrkers\", did you mean \"workers\"? (known fields: claimMounts, configMaps, csi, fuse, hostAliases, images, journal, logLevel, logServer, masters, metastore, metrics,"
            + " properties, proxy, runAs, secrets, serviceAccountName, shortCircuit, tieredStore, underStorage, workers)",
        "--set spec.masters.count=4: error: spec.masters.count: an EMBEDDED journal needs an odd number of masters"
            + " (Raft needs a majority), got 4; use 3 or 5",
        "--set spec.tieredStore.levels[3].alias=HDD: error: spec.tieredStore.levels: has 0 item(s), so there is no [3];"
            + " choose an item by its key to add one, for example [alias=SSD]");
  }

  @Test
  void aPipedSpecTakesOverlaysToo() throws IOException {
    Path prod = write("prod.yaml", "spec:\n  masters:\n    count: 1\n  logLevel: DEBUG\n");

    Run run = Cli.runWithInput(Files.readString(Cli.copy("minimal.yaml", dir)), "render", "-", "--overlay", prod.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("DEBUG");
  }

  @Test
  void anOverlayThatCannotBeReadIsNamed() {
    Path missing = dir.resolve("missing.yaml");

    Run run = Cli.run("render", Cli.copy("minimal.yaml", dir).toString(), "--overlay", missing.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo(missing + ": error: no such file or folder\n");
  }

  @Test
  void overlaysApplyToOneSpecOnly() throws IOException {
    Path a = Cli.copy("minimal.yaml", dir);
    Path b = write("b.yaml", Files.readString(a).replace("name: alluxio", "name: other"));

    Run run = Cli.run("render", a.toString(), b.toString(), "-o", dir.resolve("out").toString(), "--set", "spec.logLevel=DEBUG");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("alluxio-k8s render: error: --overlay and --set apply to one SPEC, and 2 are given");
  }
}
