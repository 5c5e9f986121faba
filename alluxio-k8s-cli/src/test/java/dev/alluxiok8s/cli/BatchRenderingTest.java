package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render A.yaml B.yaml -o DIR}: many clusters in one run, each as if rendered alone. */
class BatchRenderingTest {

  @TempDir Path dir;

  @Test
  void eachClusterLandsInItsOwnFolderWithTheFilesOfRenderingItAlone() throws IOException {
    Path analytics = Cli.copy("valid.yaml", dir);
    Path reports = renamed(analytics, "reports");
    Path together = dir.resolve("together");

    Run run = Cli.run("render", analytics.toString(), reports.toString(), "-o", together.toString(),
        "--layout", "kubectl");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEmpty();
    for (Path spec : List.of(analytics, reports)) {
      Path alone = dir.resolve("alone-" + spec.getFileName());
      assertThat(Cli.run("render", spec.toString(), "-o", alone.toString(), "--layout", "kubectl").exitCode())
          .isEqualTo(ExitCodes.OK);
      String name = Files.readString(spec).contains("name: reports") ? "reports" : "alluxio";
      assertThat(files(together.resolve(name))).isEqualTo(files(alone)).isNotEmpty();
      for (String file : files(alone)) {
        assertThat(together.resolve(name).resolve(file)).hasSameBinaryContentAs(alone.resolve(file));
      }
    }
  }

  @Test
  void everySpecsProblemsAreReportedAtItsOwnFileAndNothingIsWritten() {
    Path unknownKey = Cli.copy("unknown-key.yaml", dir);
    Path badQuantity = Cli.copy("bad-quantity.yaml", dir);
    Path out = dir.resolve("out");

    Run run = Cli.run("render", unknownKey.toString(), badQuantity.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(unknownKey + ":8:3: error: spec.mastrs: unknown field")
        .contains(badQuantity + ":10:7: error: spec.journal.volume.size:");
    assertThat(out).doesNotExist();
  }

  @Test
  void twoSpecsOfTheSameClusterNameAreRefusedNamingBoth() throws IOException {
    Path first = Cli.copy("valid.yaml", dir);
    Path second = dir.resolve("copy.yaml");
    Files.copy(first, second);
    Path out = dir.resolve("out");

    Run run = Cli.run("render", first.toString(), second.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo(second + ": error: renders into alluxio/ like " + first
        + "; clusters rendered together need different metadata.name values\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void severalSpecsWithoutAnOutputFolderIsBadUsage() throws IOException {
    Path analytics = Cli.copy("valid.yaml", dir);

    Run run = Cli.run("render", analytics.toString(), renamed(analytics, "reports").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("alluxio-k8s render: error: 2 specs need an output folder");
  }

  /** A copy of {@code spec} whose cluster is called {@code name}. */
  private Path renamed(Path spec, String name) throws IOException {
    String text = Files.readString(spec, StandardCharsets.UTF_8);
    assertThat(text).contains("  name: alluxio\n");
    Path copy = dir.resolve(name + ".yaml");
    Files.writeString(copy, text.replace("  name: alluxio\n", "  name: " + name + "\n"), StandardCharsets.UTF_8);
    return copy;
  }

  /** The relative paths of the files under {@code folder}, the folder marker aside. */
  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString())
          .filter(p -> !p.equals(".alluxio-k8s")).sorted().toList();
    }
  }
}
