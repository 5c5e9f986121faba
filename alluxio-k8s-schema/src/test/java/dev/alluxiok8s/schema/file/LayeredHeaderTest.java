package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.schema.overlay.LayeredSpec;
import dev.alluxiok8s.schema.overlay.LayeredSpec.Layer;
import org.junit.jupiter.api.Test;

/** The base of a layered spec must say what it is, as a single file must; an overlay only when it says anything. */
class LayeredHeaderTest {

  @Test
  void aBaseWithoutItsHeaderIsRefusedAsASingleFileWouldBe() {
    String noHeader = SpecFixtures.HEADER.replace("apiVersion: alluxio-k8s.dev/v1alpha1\n", "");

    SpecException e = catchThrowableOfType(SpecException.class, () -> SpecReader.create().readDocument(
        LayeredSpec.of(Layer.text("base.yaml", noHeader)).overlay(Layer.text("prod.yaml", "spec:\n  logLevel: DEBUG\n"))));

    assertThat(e.diagnostics()).extracting(p -> DiagnosticFormat.line(p, "")).containsExactly(
        "base.yaml:1:1: error: apiVersion: is required (apiVersion: alluxio-k8s.dev/v1alpha1)");
  }

  @Test
  void anOverlayOfAnotherVersionIsRefusedAtItsOwnLine() {
    SpecException e = catchThrowableOfType(SpecException.class, () -> SpecReader.create().readDocument(
        LayeredSpec.of(Layer.text("base.yaml", SpecFixtures.HEADER))
            .overlay(Layer.text("prod.yaml", "spec:\n  logLevel: DEBUG\napiVersion: alluxio-k8s.dev/v2\n"))));

    assertThat(e.diagnostics()).extracting(p -> DiagnosticFormat.line(p, "")).containsExactly(
        "prod.yaml:3:1: error: apiVersion: \"alluxio-k8s.dev/v2\" is not supported; this version of alluxio-k8s reads"
            + " alluxio-k8s.dev/v1alpha1");
  }
}
