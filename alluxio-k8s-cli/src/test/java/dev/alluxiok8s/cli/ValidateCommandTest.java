package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path dir;

  @Test
  void findingsGoToStderrWithLocationsAndTheSummaryToStdout() {
    Path file = Cli.copy("invalid-manifest.yaml", dir);

    Run run = Cli.run("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEqualTo("1 object(s): 1 error(s), 1 warning(s)\n");
    assertThat(run.err().lines()).containsExactly(
        file + ":4:3: error: Service/Alluxio_Master: metadata.name: Invalid value: \"Alluxio_Master\": a DNS-1035"
            + " label must consist of lower case alphanumeric characters or '-', start with an alphabetic character,"
            + " and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is"
            + " '[a-z]([-a-z0-9]*[a-z0-9])?') [K8S-NAME-DNS1035]",
        "  hint: Service names must start with a letter and use only a-z, 0-9 and '-', at most 63 characters",
        file + ":6:3: warning: Service/Alluxio_Master: spec.selector: selector matches no pod template in the set"
            + " [BUNDLE-SERVICE-NO-PODS]",
        "  hint: make the selector match the labels of the pods the Service should reach");
  }

  @Test
  void renderedOutputValidatesWhenItsExternalSecretIsDeclared() {
    Path out = dir.resolve("deploy");
    Cli.run("render", Cli.copy("valid.yaml", dir).toString(), "-o", out.toString(), "--layout", "kubectl");

    Run without = Cli.run("validate", out.toString());
    Run with = Cli.run("validate", out.toString(), "--external", "Secret/alluxio-s3-credentials");

    assertThat(without.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(without.err()).contains("[BUNDLE-REFERENCE]",
        "hint: add the Secret to the set, fix the name, or declare it with --external Secret/alluxio-s3-credentials");
    assertThat(with.exitCode()).isEqualTo(ExitCodes.OK);
    // The spec names its credential aws.secretKey, which Alluxio 2.9 reads as an old name of s3a.secretKey;
    // each of the four server processes' variables is told so.
    assertThat(with.err().lines().filter(l -> !l.startsWith("  hint:")))
        .hasSize(4)
        .allSatisfy(l -> assertThat(l).endsWith("aws.secretKey: is an old name of s3a.secretKey that Alluxio 2.9.4"
            + " still accepts [ALLUXIO-PROPERTY-DEPRECATED]"));
    assertThat(with.out()).endsWith(": 0 error(s), 4 warning(s)\n");
  }

  @Test
  void everyUnreadableInputIsReportedAndExitsTwo() {
    Path broken = Cli.copy("broken.yaml", dir);
    Path missing = dir.resolve("missing.yaml");

    Run run = Cli.run("validate", broken.toString(), missing.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).containsExactly(
        broken + ":5:1: error: invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence)",
        missing + ": error: no such file or folder");
  }

  @Test
  void aFolderWithoutManifestsIsBadInput() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    Run run = Cli.run("validate", empty.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith(empty + ": error: no Kubernetes objects found");
  }

  @Test
  void aMalformedExternalReferenceIsBadUsage() {
    Run run = Cli.run("validate", "x.yaml", "--external", "Deployment/web");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("\"Deployment/web\" is not Kind/name with a kind of ConfigMap, PersistentVolumeClaim,");
  }
}
