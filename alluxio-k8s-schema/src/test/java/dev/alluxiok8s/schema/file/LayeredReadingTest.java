package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.schema.overlay.LayeredSpec;
import dev.alluxiok8s.schema.overlay.LayeredSpec.Layer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A base, its overlays and --set assignments, read as one spec whose problems each name their own source. */
class LayeredReadingTest {

  private static final String BASE = SpecFixtures.HEADER + """
        masters:
          count: 3
        journal:
          type: EMBEDDED
        tieredStore:
          levels:
            - alias: MEM
              directories:
                - path: /dev/shm
                  quota: 1Gi
      """;

  @Test
  void anOverlayAndAnAssignmentChangeTheClusterAndItsPositions() throws Exception {
    SpecDocument document = SpecReader.create().readDocument(LayeredSpec.of(Layer.text("base.yaml", BASE))
        .overlay(Layer.text("prod.yaml", """
            spec:
              tieredStore:
                levels:
                  - alias: MEM
                    directories:
                      - path: /dev/shm
                        quota: 2Gi
            """))
        .set("spec.masters.count=5"));

    assertThat(document.cluster().spec().masters().count()).isEqualTo(5);
    assertThat(document.cluster().spec().tieredStore().levels().get(0).directories().get(0).quota().orElseThrow())
        .hasToString("2Gi");
    assertThat(document.locations()).containsEntry("spec.masters.count", SourceLocation.argument("--set spec.masters.count=5"))
        .containsEntry("spec.tieredStore.levels[0].directories[0].quota", new SourceLocation("prod.yaml", 7, 13))
        .containsEntry("spec.journal.type", new SourceLocation("base.yaml", 11, 5));
    assertThat(document.source()).isEqualTo("base.yaml");
  }

  @Test
  void everyProblemOfEveryLayerComesOutOfOneRunAtItsOwnSource() {
    SpecException e = catchThrowableOfType(SpecException.class, () -> SpecReader.create().readDocument(
        LayeredSpec.of(Layer.text("base.yaml", BASE.replace("name: alluxio", "name: Alluxio_1")))
            .overlay(Layer.text("prod.yaml", """
                spec:
                  workrs:
                    hostNetwork: false
                  tieredStore:
                    levels:
                      - alias: MEM
                        directories:
                          - path: /dev/shm
                            quota: 8GG
                """))
            .set("spec.masters.count=4")
            .set("spec.logLevel=LOUD")));

    assertThat(e.diagnostics()).extracting(p -> DiagnosticFormat.line(p, "")).containsExactly(
        "base.yaml:4:3: error: metadata.name: \"Alluxio_1\" must be a DNS-1035 label of at most 40 characters"
            + " (lower-case letters, digits and '-', starting with a letter): it prefixes every object name",
        "prod.yaml:2:3: error: spec.workrs: unknown field \"workrs\", did you mean \"workers\"? (known fields: claimMounts, configMaps, csi, fuse, hostAliases, images, journal, logLevel, logServer, masters, metastore, metrics,"
            + " properties, proxy, runAs, secrets, serviceAccountName, shortCircuit, tieredStore, underStorage, workers)",
        "prod.yaml:9:13: error: spec.tieredStore.levels[0].directories[0].quota: \"8GG\" is not a Kubernetes quantity (examples: 10Gi, 500M)",
        "--set spec.masters.count=4: error: spec.masters.count: an EMBEDDED journal needs an odd number of masters"
            + " (Raft needs a majority), got 4; use 3 or 5",
        "--set spec.logLevel=LOUD: error: spec.logLevel: \"LOUD\" is not one of TRACE, DEBUG, INFO, WARN, ERROR");
  }

  @Test
  void filesThatCannotBeScannedAreAllReportedBeforeAnyMerge(@TempDir Path dir) throws IOException {
    Path base = Files.writeString(dir.resolve("base.yaml"), BASE);
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "spec:\n  masters: [\n");
    Path foreign = Files.writeString(dir.resolve("foreign.yaml"), "kind: Deployment\nspec:\n  masters:\n    count: 1\n");

    SpecException e = catchThrowableOfType(SpecException.class, () -> SpecReader.create()
        .readDocument(LayeredSpec.of(base).overlay(broken).overlay(foreign).set("spec.masters.count")));

    assertThat(e.diagnostics()).extracting(p -> p.location().orElseThrow().file())
        .containsExactly(broken.toString(), foreign.toString());
    assertThat(e.diagnostics().get(1).message()).isEqualTo("\"Deployment\" is not supported; expected AlluxioCluster");
  }

  @Test
  void aBadAssignmentIsReportedWithTheFilesProblems() {
    SpecException e = catchThrowableOfType(SpecException.class, () -> SpecReader.create().readDocument(
        LayeredSpec.of(Layer.text("base.yaml", BASE)).set("spec.masters.count.value=3").set("spec.logLevel=LOUD")));

    assertThat(e.diagnostics()).extracting(p -> p.location().orElseThrow().toString())
        .containsExactly("--set spec.masters.count.value=3", "--set spec.logLevel=LOUD");
  }

  @Test
  void anOverlayWithoutHeaderIsFineAndAMissingOverlayFileIsAnIoError(@TempDir Path dir) throws Exception {
    Path base = Files.writeString(dir.resolve("base.yaml"), BASE);
    Path staging = Files.writeString(dir.resolve("staging.yaml"), "spec:\n  masters:\n    count: 1\n");

    assertThat(SpecReader.create().readDocument(LayeredSpec.of(base).overlay(staging)).cluster().spec().masters().count())
        .isEqualTo(1);
    assertThat(catchThrowableOfType(IOException.class,
        () -> SpecReader.create().readDocument(LayeredSpec.of(base).overlay(dir.resolve("missing.yaml"))))).isNotNull();
  }
}
