package dev.alluxiok8s.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateMojoTest {

  private static final String SERVICE = """
      apiVersion: v1
      kind: Service
      metadata:
        name: Alluxio_Master
      spec:
        selector:
          app: alluxio
        ports:
          - port: 19998
      """;

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: reader
      spec:
        containers:
          - name: reader
            image: busybox:1.36
            envFrom:
              - secretRef:
                  name: s3-credentials
      """;

  @TempDir
  Path dir;

  private final Mojos.RecordingLog log = new Mojos.RecordingLog();

  private ValidateMojo validate(File... manifests) {
    ValidateMojo mojo = new ValidateMojo();
    mojo.setLog(log);
    Mojos.set(mojo, "layout", "kubectl");
    Mojos.set(mojo, "kubernetesVersion", "1.36");
    Mojos.set(mojo, "outputDirectory", dir.resolve("target/alluxio-k8s").toFile());
    return Mojos.set(mojo, "manifestDirectories", List.of(manifests));
  }

  @Test
  void validatesWhatTheRenderGoalWroteWithTheSpecsSecretsDeclaredExternal() throws Exception {
    File spec = Mojos.write(dir, "alluxio.yaml", Mojos.SPEC).toFile();
    RenderMojo render = new RenderMojo();
    render.setLog(new Mojos.RecordingLog());
    Mojos.set(render, "layout", "kubectl");
    Mojos.set(render, "kubernetesVersion", "1.36");
    Mojos.set(render, "outputDirectory", dir.resolve("target/alluxio-k8s").toFile());
    Mojos.set(render, "project", new MavenProject());
    Mojos.set(render, "specFiles", List.of(spec));
    render.execute();

    Mojos.set(validate(), "specFiles", List.of(spec)).execute();

    assertThat(log.lines).singleElement().asString().matches("\\[INFO] Validated \\d+ object\\(s\\): 0 warning\\(s\\)");
  }

  @Test
  void everyFindingIsLoggedWithItsHintInPomWords() throws Exception {
    File k8s = Mojos.write(dir, "k8s/service.yaml", SERVICE).getParent().toFile();
    Mojos.write(dir, "k8s/pod.yaml", POD);
    File service = new File(k8s, "service.yaml");

    assertThatThrownBy(validate(k8s)::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("2 validation error(s) in [" + k8s + "]; see the errors above");
    assertThat(log.lines).contains("[ERROR]   hint: add the Secret to the set, fix the name, or declare it with"
        + " <externalReferences><externalReference>Secret/s3-credentials</externalReference></externalReferences>");
    assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith(
        "[ERROR] " + service + ":4:3: error: Service/Alluxio_Master: metadata.name: Invalid value: \"Alluxio_Master\""));
    assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith(
        "[WARNING] " + service + ":6:3: warning: Service/Alluxio_Master: spec.selector:"));
  }

  @Test
  void aDeclaredExternalObjectIsNoLongerMissingAndWarningsDoNotFail() throws Exception {
    File pod = Mojos.write(dir, "pod.yaml", POD).toFile();

    Mojos.set(validate(pod), "externalReferences", List.of("Secret/s3-credentials")).execute();

    assertThat(log.lines).startsWith("[WARNING] " + pod + ":7:7: warning: Pod/reader: spec.containers[0].imagePullPolicy:"
            + " container \"reader\" has no imagePullPolicy [PRACTICE-PULL-POLICY]",
        "[WARNING]   hint: set imagePullPolicy explicitly (IfNotPresent for pinned tags)");
    assertThat(log.lines).noneMatch(line -> line.startsWith("[ERROR]"))
        .last().isEqualTo("[INFO] Validated 1 object(s): 3 warning(s)");
  }

  @Test
  void aBadExternalReferenceNamesTheElement() throws Exception {
    ValidateMojo mojo = Mojos.set(validate(Mojos.write(dir, "pod.yaml", POD).toFile()), "externalReferences",
        List.of("s3-credentials"));

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("<externalReferences>: ");
  }

  @Test
  void aMissingInputSaysToRenderFirst() {
    File nothing = dir.resolve("target/alluxio-k8s/kubectl").toFile();

    assertThatThrownBy(validate()::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage(nothing + " does not exist; check <manifestDirectories>, or run the render goal before validate");
  }

  @Test
  void everyUnreadableFileIsReportedBeforeFailing() throws Exception {
    File broken = Mojos.write(dir, "broken.yaml", "kind: [\n").toFile();
    File pod = Mojos.write(dir, "pod.yaml", POD).toFile();

    assertThatThrownBy(validate(broken, pod)::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("1 manifest file(s) could not be read; see the errors above");
    assertThat(log.lines).singleElement().asString().startsWith("[ERROR] " + broken + ":");
  }

  @Test
  void skippingValidatesNothing() throws Exception {
    Mojos.set(validate(dir.resolve("nowhere").toFile()), "skip", true).execute();

    assertThat(log.lines).containsExactly("[INFO] Skipping alluxio-k8s:validate (alluxio-k8s.skip is set)");
  }
}
