package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.cli.Cli.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alluxio's own configuration, checked from the command line: in a spec, and in any manifests. */
class AlluxioPropertiesCommandTest {

  @TempDir Path dir;

  @Test
  void renderRefusesTheIssuesThreePropertiesEachAtItsLineAndPrintsNothing() {
    Path spec = Cli.copy("alluxio-properties.yaml", dir);

    Run run = Cli.run("render", spec.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().filter(l -> !l.startsWith("  hint:"))).containsExactly(
        spec + ":9:5: error: spec.properties.\"alluxio.user.file.writetype.defualt\": is not a property of Alluxio 2.9.4,"
            + " which ignores it silently; did you mean alluxio.user.file.writetype.default? [ALLUXIO-PROPERTY-UNKNOWN]",
        spec + ":10:5: error: spec.properties.\"alluxio.user.metrics.collection.enabled\": \"on\" is not a valid boolean"
            + " for Alluxio: expected true or false (Alluxio reads any other word as false) [ALLUXIO-PROPERTY-VALUE]",
        spec + ":11:5: error: spec.properties.\"alluxio.user.block.size.bytes.default\": \"64XB\" is not a valid datasize"
            + " for Alluxio: expected a data size: a number and a unit (B, KB, MB, GB, TB or PB; K, KiB and the like"
            + " work too), e.g. 64MB (Alluxio's default) [ALLUXIO-PROPERTY-VALUE]");
  }

  @Test
  void renderWarnsOfAKeyTheProcessDoesNotReadAtItsLine() {
    Path spec = Cli.copy("alluxio-properties-warning.yaml", dir);

    Run run = Cli.run("render", spec.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("kind: StatefulSet");
    assertThat(run.err().lines()).contains(spec + ":13:9: warning: spec.masters.master.properties."
        + "\"alluxio.worker.session.timeout\": is read by workers, not by the master, so here it has no effect"
        + " [ALLUXIO-PROPERTY-SCOPE]");
  }

  @Test
  void validateChecksTheJavaOptionsOfAnyConfigMap() {
    Path manifest = Cli.copy("alluxio-properties-manifest.yaml", dir);

    Run run = Cli.run("validate", manifest.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEqualTo("1 object(s): 3 error(s), 1 warning(s)\n");
    assertThat(run.err().lines().filter(l -> !l.startsWith("  hint:"))).containsExactly(
        manifest + ":6:3: error: ConfigMap/alluxio-config: data.ALLUXIO_JAVA_OPTS: alluxio.user.file.writetype.defualt:"
            + " is not a property of Alluxio 2.9.4, which ignores it silently; did you mean"
            + " alluxio.user.file.writetype.default? [ALLUXIO-PROPERTY-UNKNOWN]",
        manifest + ":6:3: error: ConfigMap/alluxio-config: data.ALLUXIO_JAVA_OPTS: alluxio.user.block.size.bytes.default:"
            + " \"64XB\" is not a valid datasize for Alluxio: expected a data size: a number and a unit (B, KB, MB, GB, TB"
            + " or PB; K, KiB and the like work too), e.g. 64MB (Alluxio's default) [ALLUXIO-PROPERTY-VALUE]",
        manifest + ":6:3: error: ConfigMap/alluxio-config: data.ALLUXIO_JAVA_OPTS: alluxio.user.metrics.collection.enabled:"
            + " \"on\" is not a valid boolean for Alluxio: expected true or false (Alluxio reads any other word as false)"
            + " [ALLUXIO-PROPERTY-VALUE]",
        manifest + ":10:3: warning: ConfigMap/alluxio-config: data.ALLUXIO_MASTER_JAVA_OPTS: alluxio.worker.session.timeout:"
            + " is read by workers, not by the master, so here it has no effect [ALLUXIO-PROPERTY-SCOPE]");
  }
}
