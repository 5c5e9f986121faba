package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alluxio-k8s diff} on the pairs of the issue, made from the samples. */
class DiffCommandTest {

  @TempDir Path dir;

  @Test
  void identicalSpecsExitZeroWithNothingButTheApply() throws IOException {
    Path old = sample("multi-master-embedded-journal", "old.yaml");

    Run run = Cli.run("diff", old.toString(), old.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("0 change(s), 0 needing a step by hand\n\nplan:\napply:\n"
        + "  1. render the new spec and apply it: alluxio-k8s render " + old + " | kubectl apply -f -\n");
  }

  @Test
  void anImageTagChangeExitsZeroAndListsTheRollingRestartsInOrder() throws IOException {
    Path old = sample("multi-master-embedded-journal", "old.yaml");
    Path next = edited(old, "tag: \"2.9.4\"", "tag: \"2.9.5\"");

    Run run = Cli.run("diff", old.toString(), next.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("-          image: alluxio/alluxio:2.9.4", "+          image: alluxio/alluxio:2.9.5")
        .contains(next + ":18:7: info: spec.images.alluxio.tag: ROLLING_RESTART: the masters restart: the image changed")
        .containsSubsequence("while it rolls out:", "  2. masters (StatefulSet/alluxio-master): one pod at a time",
            "so the quorum keeps a majority", "  3. workers (DaemonSet/alluxio-worker): node by node",
            "loses its MEM tier");
  }

  @Test
  void aJournalClaimSizeChangeExitsOneWithTheObjectTheFieldAndTheSteps() throws IOException {
    Path old = sample("multi-master-embedded-journal", "old.yaml");
    Path next = edited(old, "size: 20Gi", "size: 30Gi");

    Run run = Cli.run("diff", old.toString(), next.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains(next + ":36:7: error: spec.journal.volume.size: REFUSED_BY_API_SERVER: a StatefulSet's"
            + " volumeClaimTemplates cannot change")
        .contains("(in StatefulSet/alluxio/alluxio-master at spec.volumeClaimTemplates[0].spec.resources.requests.storage)")
        .contains("kubectl delete statefulset alluxio-master -n alluxio --cascade=orphan")
        .contains("kubectl patch pvc alluxio-journal-alluxio-master-2 -n alluxio -p");
  }

  @Test
  void aJournalStorageClassChangeExitsOneAndPutsTheJournalAtRisk() throws IOException {
    Path old = sample("multi-master-embedded-journal", "old.yaml");
    Path next = edited(old, "storageClass: standard", "storageClass: fast-ssd");

    Run run = Cli.run("diff", old.toString(), next.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains(next + ":37:7: error: spec.journal.volume.storageClass: DATA_AT_RISK: the journal's"
        + " claims keep their storageClassName").contains("alluxio fsadmin backup");
  }

  @Test
  void threeToFiveEmbeddedMastersExitOneWithOneMasterAtATime() throws IOException {
    Path old = sample("multi-master-embedded-journal", "old.yaml");
    Path next = edited(old, "count: 3", "count: 5");

    Run run = Cli.run("diff", old.toString(), next.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains(next + ":20:5: error: spec.masters.count: DATA_AT_RISK: the embedded journal's"
            + " masters change from 3 to 5")
        .containsSubsequence("before anything changes:", "alluxio fsadmin backup", "journal quorum info",
            "before applying:", "--replicas=4", "--replicas=5", "apply:", "while it rolls out:", "after the roll-out:",
            "check the quorum has 5 members");
  }

  @Test
  void aJournalFolderChangeExitsOne() throws IOException {
    Path old = sample("single-master-local-journal", "old.yaml");
    Path next = edited(old, "folder: /journal", "folder: /journal2");

    Run run = Cli.run("diff", old.toString(), next.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains(next + ":39:5: error: spec.journal.folder: DATA_AT_RISK: the journal folder changes")
        .contains("(in ConfigMap/alluxio/alluxio-config at data.ALLUXIO_JAVA_OPTS)")
        .contains("kubectl scale statefulset alluxio-master -n alluxio --replicas=0");
  }

  @Test
  void findingsOnManifestsPointAtTheLineOfTheField() throws IOException {
    Path old = sample("multi-master-embedded-journal", "old.yaml");
    Path next = edited(old, "size: 20Gi", "size: 30Gi");
    Path manifests = dir.resolve("new-manifests.yaml");
    Files.writeString(manifests, Cli.run("render", next.toString()).out(), StandardCharsets.UTF_8);
    int line = lineOf(manifests, "storage: 30Gi");

    Run run = Cli.run("diff", old.toString(), manifests.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains(manifests + ":" + line + ":13: error: StatefulSet/alluxio/alluxio-master:"
        + " spec.volumeClaimTemplates[0].spec.resources.requests.storage: REFUSED_BY_API_SERVER");
  }

  @Test
  void aSecretsDataIsNeverPrinted() throws IOException {
    Path old = dir.resolve("old-secret.yaml");
    Path next = dir.resolve("new-secret.yaml");
    String secret = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s3\nstringData:\n  secret-key: %s\n  region: us-east-1\n";
    Files.writeString(old, secret.formatted("Old-Very-Secret"), StandardCharsets.UTF_8);
    Files.writeString(next, secret.formatted("New-Very-Secret"), StandardCharsets.UTF_8);

    Run run = Cli.run("diff", old.toString(), next.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).doesNotContain("Very-Secret").doesNotContain("us-east-1")
        .contains("-  secret-key: (hidden)", "+  secret-key: (hidden, changed)");
  }

  @Test
  void aMissingFileExitsTwoAfterReadingBothSides() throws IOException {
    Path old = sample("multi-master-embedded-journal", "old.yaml");
    Path missing = dir.resolve("missing.yaml");

    Run run = Cli.run("diff", missing.toString(), old.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(missing + ": error: no such file or folder\n");
  }

  @Test
  void aValuesFileNeedsHelmValues() throws IOException {
    Path old = sample("multi-master-embedded-journal", "old.yaml");
    Path values = Cli.copy("chart-values.yaml", dir);

    Run run = Cli.run("diff", old.toString(), values.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(values + ": error: neither a cluster spec").contains("add --helm-values");
  }

  private Path sample(String name, String as) throws IOException {
    Path repo = Path.of(System.getProperty("alluxio.k8s.repo", ".."));
    Path target = dir.resolve(as);
    Files.copy(repo.resolve("samples").resolve(name).resolve("alluxio.yaml"), target);
    return target;
  }

  private Path edited(Path spec, String from, String to) throws IOException {
    String text = Files.readString(spec, StandardCharsets.UTF_8);
    assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of %s", from).hasSize(2);
    Path target = dir.resolve("alluxio.yaml");
    Files.writeString(target, text.replace(from, to), StandardCharsets.UTF_8);
    return target;
  }

  private static int lineOf(Path file, String text) throws IOException {
    var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }
}
