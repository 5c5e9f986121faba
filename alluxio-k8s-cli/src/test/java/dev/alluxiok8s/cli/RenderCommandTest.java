package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

  @TempDir Path dir;

  @Test
  void printsOneYamlStreamOnStdoutAndNothingOnStderr() {
    Run run = Cli.run("render", Cli.copy("valid.yaml", dir).toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("apiVersion: v1\nkind: ConfigMap\n")
        .contains("\n---\n", "kind: StatefulSet", "kind: DaemonSet");
  }

  @Test
  void theMinimalSpecRendersAndWarnsThatItsDefaultsDeclareTheWorkersExemption() {
    Path spec = Cli.copy("minimal.yaml", dir);

    Run run = Cli.run("render", spec.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("kind: DaemonSet", "alluxio-k8s.dev/pod-security-level: privileged");
    // The file leaves spec.workers.podSecurity out, so the warning stands at spec: (line 7).
    assertThat(run.err()).isEqualTo(spec + ":7:1: warning: spec.workers.podSecurity: workers fall below Pod Security"
        + " baseline: workers use host networking (spec.workers.hostNetwork, true by default), so clients reach a"
        + " worker at its node's address; short-circuit reads (spec.shortCircuit, on by default) use the node"
        + " directory /tmp/alluxio-domain (hostPath) for the domain socket; the worker DaemonSet declares the"
        + " exemption (level privileged) with this reason"
        + " [RENDER-WORKERS-DEFAULT-EXEMPTION]\n"
        + "  hint: declare an exemption in the spec: spec.workers.podSecurity (level privileged and a reason)\n");
  }

  @Test
  void mastersBelowRestrictedAndAnUnnamedJournalNodeAreWarningsAtTheirLines() {
    Path spec = Cli.copy("demo-journal-unnamed-node.yaml", dir);
    Path out = dir.resolve("deploy");

    Run run = Cli.run("render", spec.toString(), "-o", out.toString(), "--layout", "kubectl");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err().lines()).containsExactly(
        spec + ":10:5: warning: spec.journal.persistentVolume.nodeName: the demo journal volume alluxio-journal is a"
            + " directory of one node, and no node is named: it goes to the node labelled"
            + " alluxio-k8s.dev/journal-volume=alluxio-journal, so label exactly one node (the one that keeps"
            + " journal.persistentVolume.hostPath) before the master starts, or the master stays Pending"
            + " [RENDER-JOURNAL-NODE-LABEL]",
        "  hint: label the node: kubectl label node <node-name> alluxio-k8s.dev/journal-volume=alluxio-journal, or set"
            + " spec.journal.persistentVolume.nodeName: <node-name> in the spec",
        spec + ":10:5: warning: spec.journal.persistentVolume: masters fall below Pod Security restricted: the demo"
            + " hostPath journal volume (journal.persistentVolume) is handed to Alluxio's user by an init container"
            + " running as root with CHOWN; the master StatefulSet declares the exemption (level baseline) with this"
            + " reason [RENDER-MASTERS-BELOW-RESTRICTED]",
        "  hint: declare an exemption in the spec: spec.masters.podSecurity (level baseline and a reason)");
    assertThat(out.resolve("alluxio-master-journal-pv.yaml")).content()
        .contains("key: alluxio-k8s.dev/journal-volume", "- alluxio-journal");
  }

  @Test
  void credentialsAreReferencedNeverInlined() {
    Run run = Cli.run("render", Cli.copy("valid.yaml", dir).toString());

    assertThat(run.out()).contains("secretKeyRef:", "name: alluxio-s3-credentials", "key: secret-access-key")
        .doesNotContain("kind: Secret");
  }

  @Test
  void writesTheKubectlLayoutIntoTheFolder() {
    Path out = dir.resolve("deploy");

    Run run = Cli.run("render", Cli.copy("valid.yaml", dir).toString(), "-o", out.toString(), "--layout", "kubectl");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(out.resolve("alluxio-configmap.yaml")).isRegularFile();
    assertThat(out.resolve("master/alluxio-master-statefulset.yaml")).isRegularFile();
    assertThat(out.resolve("worker/alluxio-worker-daemonset.yaml")).isRegularFile();
  }

  @Test
  void rendersTheSameBytesTwice() {
    String spec = Cli.copy("valid.yaml", dir).toString();

    assertThat(Cli.run("render", spec).out()).isEqualTo(Cli.run("render", spec).out());
  }

  @Test
  void specErrorsAreCompilerStyleLinesAndExitTwo() {
    Path unknownKey = Cli.copy("unknown-key.yaml", dir);
    Path badQuantity = Cli.copy("bad-quantity.yaml", dir);

    Run unknown = Cli.run("render", unknownKey.toString());
    Run quantity = Cli.run("render", badQuantity.toString());

    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err()).isEqualTo(unknownKey + ":8:3: error: spec.mastrs: unknown field \"mastrs\", did you mean"
        + " \"masters\"? (known fields: claimMounts, configMaps, csi, fuse, hostAliases, images, journal, logLevel, logServer, masters, metastore, metrics, properties, proxy,"
        + " runAs, secrets, serviceAccountName, shortCircuit, tieredStore, underStorage, workers)\n");
    assertThat(quantity.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(quantity.out()).isEmpty();
    assertThat(quantity.err()).isEqualTo(badQuantity + ":10:7: error: spec.journal.volume.size: \"10 gigs\" is not a"
        + " Kubernetes quantity (examples: 10Gi, 500M, 250m, 2)\n");
  }

  /** Issue 13's example: a misspelt key, a bad quantity and an even EMBEDDED count, all in one run. */
  @Test
  void everyProblemOfASpecComesOutOfOneRun() throws IOException {
    Path spec = Files.writeString(dir.resolve("three.yaml"), """
        apiVersion: alluxio-k8s.dev/v1alpha1
        kind: AlluxioCluster
        metadata:
          name: alluxio
        spec:
          underStorage:
            rootUri: s3a://my-bucket/alluxio/
          jurnal:
            type: EMBEDDED
          journal:
            type: EMBEDDED
            volume:
              size: 10 gigs
          masters:
            count: 4
        """);
    Path out = dir.resolve("deploy");

    Run run = Cli.run("render", spec.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).containsExactly(
        spec + ":8:3: error: spec.jurnal: unknown field \"jurnal\", did you mean \"journal\"? (known fields: claimMounts, configMaps, csi, fuse,"
            + " hostAliases, images, journal, logLevel, logServer, masters, metastore, metrics, properties, proxy, runAs, secrets, serviceAccountName, shortCircuit,"
            + " tieredStore, underStorage, workers)",
        spec + ":13:7: error: spec.journal.volume.size: \"10 gigs\" is not a Kubernetes quantity (examples: 10Gi, 500M, 250m, 2)",
        spec + ":15:5: error: spec.masters.count: an EMBEDDED journal needs an odd number of masters (Raft needs a majority),"
            + " got 4; use 3 or 5");
    assertThat(out).doesNotExist();
  }

  @Test
  void validationErrorsExitOneWithHintsAndWriteNothing() {
    Path spec = Cli.copy("below-baseline.yaml", dir);
    Path out = dir.resolve("deploy");

    Run run = Cli.run("render", spec.toString(), "-o", out.toString(), "--layout", "files");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    // Reported at the spec attribute; the file leaves it to its default, so at the nearest written
    // one (spec:, line 7), with the advice in spec words.
    assertThat(run.err().lines()).containsSubsequence(
        spec + ":7:1: error: spec.workers.hostNetwork: violates PodSecurity \"baseline:latest\": host namespaces"
            + " (hostNetwork=true); workers use host networking by default"
            + " (in DaemonSet/alluxio-worker at spec.template.spec.hostNetwork) [PSS-BASELINE-HOST-NAMESPACES]",
        "  hint: set spec.workers.hostNetwork: false in the spec, or declare an exemption in the spec:"
            + " spec.workers.podSecurity (level privileged and a reason)");
    assertThat(run.err().lines()).filteredOn(l -> l.startsWith("  hint: ")).isNotEmpty()
        .allSatisfy(hint -> assertThat(hint).contains("declare an exemption in the spec: spec.workers.podSecurity")
            .doesNotContain("alluxio-k8s.dev/pod-security"));
    assertThat(out).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aPodSecurityErrorFromAWrittenAttributeIsReportedAtItsLineAndColumn() {
    Path spec = Cli.copy("host-network.yaml", dir);

    Run run = Cli.run("render", spec.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    // Written in the file, so no default is mentioned; the hint names the spec attribute to change.
    assertThat(run.err()).startsWith(spec + ":13:5: error: spec.workers.hostNetwork: violates PodSecurity"
        + " \"baseline:latest\": host namespaces (hostNetwork=true)"
        + " (in DaemonSet/alluxio-worker at spec.template.spec.hostNetwork) [PSS-BASELINE-HOST-NAMESPACES]\n"
        + "  hint: set spec.workers.hostNetwork: false in the spec, or declare an exemption in the spec:"
        + " spec.workers.podSecurity (level privileged and a reason)\n");
  }

  @Test
  void allowInvalidProducesTheOutputButStillExitsOne() {
    Run run = Cli.run("render", Cli.copy("below-baseline.yaml", dir).toString(), "--allow-invalid");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains("kind: DaemonSet").doesNotContain("error:");
    assertThat(run.err()).contains("(in DaemonSet/alluxio-worker at ").doesNotContain("kind: DaemonSet");
  }

  @Test
  void aSpecErrorLeavesAnExistingOutputFolderUntouched() throws IOException {
    Path out = dir.resolve("deploy");
    assertThat(Cli.run("render", Cli.copy("valid.yaml", dir).toString(), "-o", out.toString()).exitCode())
        .isEqualTo(ExitCodes.OK);
    String before = Files.readString(out.resolve("alluxio.yaml"));

    Run run = Cli.run("render", Cli.copy("bad-quantity.yaml", dir).toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(Files.readString(out.resolve("alluxio.yaml"))).isEqualTo(before);
  }

  @Test
  void refusesToReplaceAFolderItDidNotWriteUnlessToldTo() throws IOException {
    Path out = Files.createDirectories(dir.resolve("precious"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    String spec = Cli.copy("valid.yaml", dir).toString();

    Run refused = Cli.run("render", spec, "-o", out.toString());
    Run forced = Cli.run("render", spec, "-o", out.toString(), "--overwrite");

    assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err()).startsWith("alluxio-k8s render: error: " + out.toAbsolutePath())
        .contains("  hint: check -o, or add --overwrite to replace the folder");
    assertThat(forced.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(out.resolve("notes.txt")).doesNotExist();
    assertThat(out.resolve("alluxio.yaml")).isRegularFile();
  }

  @Test
  void aMissingSpecIsBadInput() {
    Path missing = dir.resolve("missing.yaml");

    Run run = Cli.run("render", missing.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo(missing + ": error: no such file or folder\n");
  }

  @Test
  void anUnknownLayoutIsBadUsage() {
    Run run = Cli.run("render", "alluxio.yaml", "--layout", "helm");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("alluxio-k8s render: error: Invalid value for option '--layout': unknown layout"
        + " \"helm\"; expected one of stream, kubectl, files, kustomize\n  hint: see 'alluxio-k8s render --help'\n");
  }

  @Test
  void aFolderLayoutNeedsAnOutputFolder() {
    Run run = Cli.run("render", Cli.copy("valid.yaml", dir).toString(), "--layout", "kustomize");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--layout kustomize writes files", "hint: add -o DIR");
  }

  @Test
  void overwriteWithoutAnOutputFolderIsBadUsage() {
    Run run = Cli.run("render", Cli.copy("valid.yaml", dir).toString(), "--overwrite");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("alluxio-k8s render: error: --overwrite replaces an output folder, and there is"
        + " none\n  hint: add -o DIR, or leave --overwrite out to print one YAML stream\n");
  }

  @Test
  void aBadKubernetesVersionIsBadUsage() {
    Run run = Cli.run("render", "alluxio.yaml", "--kubernetes-version", "2.0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--kubernetes-version", "not a Kubernetes 1.x release");
  }

  /** Temporary folders the atomic writer would leave next to the target on a failure. */
  private Stream<Path> leftovers() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".")).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
