package dev.alluxiok8s.testing;

import static dev.alluxiok8s.testing.GoldenAssertions.assertThatFiles;
import static dev.alluxiok8s.testing.GoldenAssertions.assertThatYaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenFilesTest {

  private static final GoldenFiles LOCAL = GoldenFiles.from(p -> null, e -> null);
  private static final GoldenFiles ON_CI = GoldenFiles.from(p -> null, e -> e.equals("CI") ? "true" : null);
  private static final GoldenFiles UPDATING =
      GoldenFiles.from(p -> p.equals(GoldenFiles.UPDATE_PROPERTY) ? "true" : null, e -> null);

  private static final String SERVICE = """
      apiVersion: v1
      kind: Service
      metadata:
        name: alluxio-master-0
        namespace: alluxio
      spec:
        clusterIP: None
        ports:
          - name: rpc
            port: 19998
      """;

  private static final String CONFIG_MAP = """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: alluxio-config
      data:
        ALLUXIO_JAVA_OPTS: -Dalluxio.master.hostname=alluxio-master-0
      """;

  @TempDir Path dir;

  @Test
  void equalFoldersPass() throws IOException {
    Path golden = write(Map.of("master/service.yaml", SERVICE, "config.yaml", CONFIG_MAP));

    assertThatCode(() -> assertThatFiles(files(Map.of("master/service.yaml", SERVICE, "config.yaml", CONFIG_MAP)))
        .using(ON_CI).matchesGoldenFolder(golden)).doesNotThrowAnyException();
  }

  @Test
  void aChangedFileFailsWithAUnifiedDiffOfThatFileOnly() throws IOException {
    Path golden = write(Map.of("master/service.yaml", SERVICE, "config.yaml", CONFIG_MAP));
    String changed = SERVICE.replace("port: 19998", "port: 19999");

    assertThatThrownBy(() -> assertThatFiles(files(Map.of("master/service.yaml", changed, "config.yaml", CONFIG_MAP)))
        .using(LOCAL).matchesGoldenFolder(golden))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("The rendered files differ from the golden folder " + golden + " in 1 of 2 file(s):")
        .hasMessageContaining("""
            --- golden/master/service.yaml
            +++ rendered/master/service.yaml
            @@ -7,4 +7,4 @@
               clusterIP: None
               ports:
                 - name: rpc
            -      port: 19998
            +      port: 19999
            """)
        .hasMessageNotContaining("config.yaml")
        .hasMessageEndingWith("rerun with -Dalluxio.k8s.golden.update=true and review the goldens with git diff.");
  }

  @Test
  void filesOnlyOnOneSideAreDiffedAgainstNothing() throws IOException {
    Path golden = write(Map.of("old.yaml", CONFIG_MAP));

    assertThatThrownBy(() -> assertThatFiles(files(Map.of("new.yaml", SERVICE))).using(LOCAL)
        .matchesGoldenFolder(golden))
        .hasMessageContaining("--- golden/old.yaml\n+++ /dev/null\n@@ -1,6 +1,0 @@\n-apiVersion: v1")
        .hasMessageContaining("--- /dev/null\n+++ rendered/new.yaml\n@@ -1,0 +1,10 @@\n+apiVersion: v1");
  }

  @Test
  void updateModeRewritesTheFolderToMatchExactly() throws IOException {
    Path golden = write(Map.of("master/service.yaml", "stale", "gone.yaml", CONFIG_MAP));
    Files.writeString(golden.resolve(".keep"), "");

    assertThatFiles(files(Map.of("master/service.yaml", SERVICE))).using(UPDATING).matchesGoldenFolder(golden);

    assertThat(golden.resolve("master/service.yaml")).content().isEqualTo(SERVICE);
    assertThat(golden.resolve("gone.yaml")).doesNotExist();
    assertThat(golden.resolve(".keep")).exists();
    assertThatCode(() -> assertThatFiles(files(Map.of("master/service.yaml", SERVICE))).using(ON_CI)
        .matchesGoldenFolder(golden)).doesNotThrowAnyException();
  }

  @Test
  void aMissingGoldenIsWrittenAndFailsOnceOutsideCi() {
    Path golden = dir.resolve("expected");
    SortedMap<String, String> output = files(Map.of("master/service.yaml", SERVICE));

    assertThatThrownBy(() -> assertThatFiles(output).using(LOCAL).matchesGoldenFolder(golden))
        .hasMessage("The golden " + golden + " did not exist and has been written from this run. Review it (it"
            + " becomes the expected output) and commit it; the test passes from the next run on.");
    assertThat(golden.resolve("master/service.yaml")).content().isEqualTo(SERVICE);
    assertThatCode(() -> assertThatFiles(output).using(LOCAL).matchesGoldenFolder(golden)).doesNotThrowAnyException();
  }

  @Test
  void aMissingGoldenFailsOnCiAndNothingIsWritten() {
    Path golden = dir.resolve("expected.yaml");

    assertThatThrownBy(() -> assertThatYaml(SERVICE).using(ON_CI).matchesGoldenFile(golden))
        .hasMessageStartingWith("The golden " + golden + " is missing, and goldens are not created on CI");
    assertThat(golden).doesNotExist();
  }

  @Test
  void ciSetToFalseIsNotCi() {
    GoldenFiles notCi = GoldenFiles.from(p -> null, e -> e.equals("CI") ? "false" : null);
    Path golden = dir.resolve("expected.yaml");

    assertThatThrownBy(() -> assertThatYaml(SERVICE).using(notCi).matchesGoldenFile(golden))
        .hasMessageContaining("has been written");
    assertThat(golden).content().isEqualTo(SERVICE);
  }

  @Test
  void aStreamIsDiffedPerObject() throws IOException {
    Path golden = Files.writeString(dir.resolve("stream.yaml"), CONFIG_MAP + "---\n" + SERVICE);
    String changed = CONFIG_MAP + "---\n" + SERVICE.replace("clusterIP: None", "clusterIP: 10.0.0.1");

    assertThatThrownBy(() -> assertThatYaml(changed).using(LOCAL).matchesGoldenFile(golden))
        .hasMessageStartingWith("The rendered YAML differs from the golden file " + golden + " in 1 object(s):")
        .hasMessageContaining("--- golden/Service/alluxio-master-0\n+++ rendered/Service/alluxio-master-0\n")
        .hasMessageContaining("-  clusterIP: None\n+  clusterIP: 10.0.0.1\n")
        .hasMessageNotContaining("ConfigMap/alluxio-config");
  }

  @Test
  void reorderedObjectsShowTheWholeFileDiff() throws IOException {
    Path golden = Files.writeString(dir.resolve("stream.yaml"), CONFIG_MAP + "---\n" + SERVICE);

    assertThatThrownBy(() -> assertThatYaml(SERVICE + "---\n" + CONFIG_MAP).using(LOCAL).matchesGoldenFile(golden))
        .hasMessageContaining("--- golden/stream.yaml\n+++ rendered/stream.yaml\n");
  }

  @Test
  void aMissingFinalNewlineIsNamed() throws IOException {
    Path golden = Files.writeString(dir.resolve("one.yaml"), SERVICE);

    assertThatThrownBy(() -> assertThatYaml(SERVICE.strip()).using(LOCAL).matchesGoldenFile(golden))
        .hasMessageContaining("(the texts differ only in the newline at the end)");
  }

  @Test
  void windowsLineEndsInTheGoldenAreNotADifference() throws IOException {
    Path golden = Files.writeString(dir.resolve("one.yaml"), SERVICE.replace("\n", "\r\n"));

    assertThatCode(() -> assertThatYaml(SERVICE).using(ON_CI).matchesGoldenFile(golden)).doesNotThrowAnyException();
  }

  private Path write(Map<String, String> files) throws IOException {
    Path golden = dir.resolve("golden");
    for (var file : files.entrySet()) {
      Path path = golden.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    return golden;
  }

  private static SortedMap<String, String> files(Map<String, String> files) {
    return new TreeMap<>(files);
  }
}
