package dev.alluxiok8s.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderMojoTest {

  @TempDir
  Path dir;

  private final Mojos.RecordingLog log = new Mojos.RecordingLog();
  private final MavenProject project = new MavenProject();

  /** The goal as a POM configures it by default, for {@code specFiles}. */
  private RenderMojo render(File... specFiles) {
    RenderMojo mojo = new RenderMojo();
    mojo.setLog(log);
    Mojos.set(mojo, "layout", "kubectl");
    Mojos.set(mojo, "kubernetesVersion", "1.36");
    Mojos.set(mojo, "outputDirectory", dir.resolve("target/alluxio-k8s").toFile());
    Mojos.set(mojo, "project", project);
    // Maven injects the parameter's default (true); a goal built by hand starts from false.
    Mojos.set(mojo, "includeInArtifact", true);
    return Mojos.set(mojo, "specFiles", List.of(specFiles));
  }

  private File spec(String name, String text) throws Exception {
    return Mojos.write(dir, name, text).toFile();
  }

  @Test
  void rendersTheLayoutAndShipsItAsABuildResource() throws Exception {
    render(spec("alluxio.yaml", Mojos.SPEC)).execute();

    Path kubectl = dir.resolve("target/alluxio-k8s/kubectl");
    assertThat(kubectl.resolve("alluxio-configmap.yaml")).isRegularFile();
    assertThat(kubectl.resolve("master/alluxio-master-statefulset.yaml")).isRegularFile();
    assertThat(project.getResources()).singleElement().satisfies(r -> {
      assertThat(r.getDirectory()).isEqualTo(kubectl.toString());
      assertThat(r.getTargetPath()).isEqualTo("alluxio-k8s/kubectl");
      assertThat(r.getExcludes()).containsExactly(".alluxio-k8s");
    });
    long files;
    try (var walk = Files.walk(kubectl)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.endsWith(".alluxio-k8s")).count();
    }
    assertThat(log.lines).containsExactly(
        "[INFO] Rendered 1 spec file(s) into " + kubectl + " (" + files + " file(s))");
  }

  @Test
  void skippingWritesNothing() throws Exception {
    Mojos.set(render(spec("alluxio.yaml", Mojos.SPEC)), "skip", true).execute();

    assertThat(log.lines).containsExactly("[INFO] Skipping alluxio-k8s:render (alluxio-k8s.skip is set)");
    assertThat(dir.resolve("target")).doesNotExist();
    assertThat(project.getResources()).isEmpty();
  }

  @Test
  void anUnknownLayoutListsTheLayouts() throws Exception {
    RenderMojo mojo = Mojos.set(render(spec("alluxio.yaml", Mojos.SPEC)), "layout", "helm");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("<layout>helm</layout> is not a layout; use one of stream, kubectl, files, kustomize");
  }

  @Test
  void anUnknownKubernetesVersionSuggestsTheDefault() throws Exception {
    RenderMojo mojo = Mojos.set(render(spec("alluxio.yaml", Mojos.SPEC)), "kubernetesVersion", "one");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("<kubernetesVersion>one</kubernetesVersion> is ")
        .hasMessageEndingWith("; perhaps you meant 1.36");
  }

  @Test
  void noSpecFilesIsAConfigurationMistake() {
    assertThatThrownBy(render()::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("<specFiles> is empty; list at least one spec file");
  }

  @Test
  void everyProblemOfEverySpecIsLoggedAtItsLineBeforeFailing() throws Exception {
    File typo = spec("typo.yaml", Mojos.SPEC.replace("  workers:", "  wrkers:"));
    File missing = dir.resolve("missing.yaml").toFile();

    assertThatThrownBy(render(typo, missing)::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("2 problem(s) in <specFiles>; see the errors above");
    assertThat(log.lines).containsExactly(
        "[ERROR] " + typo + ":12:3: error: spec.wrkers: unknown field \"wrkers\", did you mean \"workers\"? (known fields: claimMounts, configMaps, csi, fuse, hostAliases, images, journal, logLevel, logServer, masters, metastore, metrics,"
            + " properties, proxy, runAs, secrets, serviceAccountName, shortCircuit, tieredStore, underStorage, workers)",
        "[ERROR] " + missing + ": error: no such file; check <specFiles>");
    assertThat(dir.resolve("target")).doesNotExist();
  }

  @Test
  void manifestsKeptOutOfTheArtifactAreRenderedAndSaySo() throws Exception {
    RenderMojo mojo = Mojos.set(render(spec("alluxio.yaml", Mojos.SPEC)), "includeInArtifact", false);

    mojo.execute();

    assertThat(dir.resolve("target/alluxio-k8s/kubectl/alluxio-configmap.yaml")).isRegularFile();
    assertThat(project.getResources()).isEmpty();
    assertThat(log.lines).last().isEqualTo("[INFO] The manifests stay out of the artifact (<includeInArtifact>false</includeInArtifact>)");
  }

  @Test
  void aMissingOverlayIsNamedAsAnOverlayAndAnUnreadableSpecSaysWhy() throws Exception {
    File base = spec("alluxio.yaml", Mojos.SPEC);
    File missingOverlay = dir.resolve("prod.yaml").toFile();
    File folder = dir.resolve("a-folder.yaml").toFile();
    assertThat(folder.mkdir()).isTrue();
    RenderMojo mojo = Mojos.set(render(base, folder), "overlays", List.of(missingOverlay));

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("2 problem(s) in <specFiles> with <overlays> and <sets>; see the errors above");
    assertThat(log.lines).hasSize(2);
    // The file the error is about, not the spec file it was layered on.
    assertThat(log.lines.get(0)).isEqualTo("[ERROR] " + missingOverlay + ": error: no such file; check <overlays>");
    assertThat(log.lines.get(1)).startsWith("[ERROR] " + folder + ": error: cannot be read: ");
  }

  @Test
  void manifestsThatFailValidationAreReportedAtTheSpecAttributeAndNothingIsWritten() throws Exception {
    // Host networking and a hostPath of the spec's own choosing without an exemption (the defaults alone
    // declare their own since issue 13 item 1), as in the render-invalid IT.
    File spec = spec("alluxio.yaml", Mojos.SPEC.substring(0, Mojos.SPEC.indexOf("  workers:"))
        + "  shortCircuit:\n    hostPath: /var/lib/alluxio/domain\n");

    assertThatThrownBy(render(spec)::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageEndingWith(" validation error(s) in the manifests rendered from <specFiles>; nothing was written"
            + " (see the errors above)");
    assertThat(log.lines).contains("[ERROR]   hint: set spec.workers.hostNetwork: false in the spec, or declare an"
        + " exemption in the spec: spec.workers.podSecurity (level privileged and a reason)");
    assertThat(log.lines).anySatisfy(line -> assertThat(line)
        .startsWith("[ERROR] " + spec + ":5:1: error: spec.workers.hostNetwork: violates PodSecurity"));
    assertThat(dir.resolve("target")).doesNotExist();
  }

  @Test
  void overlaysAndSetsChangeEachSpecAndTheirProblemsAreLoggedWhereTheyWereWritten() throws Exception {
    File base = spec("alluxio.yaml", Mojos.SPEC);
    File prod = spec("prod.yaml", """
        spec:
          masters:
            count: 3
          journal:
            type: EMBEDDED
        """);
    RenderMojo mojo = Mojos.set(render(base), "overlays", List.of(prod));
    Mojos.set(mojo, "sets", List.of("spec.masters.count=5")).execute();

    assertThat(Files.readString(dir.resolve("target/alluxio-k8s/kubectl/master/alluxio-master-statefulset.yaml")))
        .contains("replicas: 5");

    log.lines.clear();
    Mojos.set(mojo, "sets", List.of("spec.masters.count=4", "spec.logLevel=LOUD"));
    Mojos.set(mojo, "overlays", List.of(spec("typo.yaml", "spec:\n  mastres:\n    count: 3\n"), prod));
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("3 problem(s) in <specFiles> with <overlays> and <sets>; see the errors above");
    assertThat(log.lines).containsExactly(
        "[ERROR] " + dir.resolve("typo.yaml") + ":2:3: error: spec.mastres: unknown field \"mastres\", did you mean"
            + " \"masters\"? (known fields: claimMounts, configMaps, csi, fuse, hostAliases, images, journal, logLevel, logServer, masters, metastore, metrics,"
            + " properties, proxy, runAs, secrets, serviceAccountName, shortCircuit, tieredStore, underStorage, workers)",
        "[ERROR] --set spec.masters.count=4: error: spec.masters.count: an EMBEDDED journal needs an odd number of"
            + " masters (Raft needs a majority), got 4; use 3 or 5",
        "[ERROR] --set spec.logLevel=LOUD: error: spec.logLevel: \"LOUD\" is not one of TRACE, DEBUG, INFO, WARN, ERROR");
  }

  @Test
  void twoClustersOfOneNameCannotShareAFolder() throws Exception {
    File first = spec("a.yaml", Mojos.SPEC);
    File second = spec("b.yaml", Mojos.SPEC);

    assertThatThrownBy(render(first, second)::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("<specFiles> " + first + " and " + second + " both render ")
        .hasMessageContaining(" in the kubectl layout; give the clusters different metadata.name values");
  }

  @Test
  void aFolderSomeoneElseWroteIsLeftAlone() throws Exception {
    Path foreign = Mojos.write(dir, "target/alluxio-k8s/kubectl/notes.txt", "mine");
    RenderMojo mojo = render(spec("alluxio.yaml", Mojos.SPEC));

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("<outputDirectory>" + dir.resolve("target/alluxio-k8s") + "</outputDirectory> holds a kubectl"
            + " folder that alluxio-k8s did not write; choose another <outputDirectory>");
    assertThat(foreign).hasContent("mine");
  }

  @Test
  void renderingAgainReplacesItsOwnFolder() throws Exception {
    File spec = spec("alluxio.yaml", Mojos.SPEC);
    render(spec).execute();
    render(spec).execute();

    assertThat(project.getResources()).hasSize(2).extracting(Resource::getTargetPath).containsOnly("alluxio-k8s/kubectl");
  }
}
