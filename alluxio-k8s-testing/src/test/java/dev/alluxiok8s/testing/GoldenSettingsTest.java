package dev.alluxiok8s.testing;

import static dev.alluxiok8s.testing.GoldenAssertions.assertThatFiles;
import static dev.alluxiok8s.testing.GoldenAssertions.assertThatYaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the kit reads its settings, and what update mode promises: the output is written, never compared. */
class GoldenSettingsTest {

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
  void anEmptyCiVariableIsNotCi() {
    GoldenFiles emptyCi = GoldenFiles.from(p -> null, e -> e.equals("CI") ? "" : null);
    Path golden = dir.resolve("expected.yaml");

    assertThatThrownBy(() -> assertThatYaml(CONFIG_MAP).using(emptyCi).matchesGoldenFile(golden))
        .hasMessageContaining("has been written");
    assertThat(golden).content().isEqualTo(CONFIG_MAP);
  }

  @Test
  void theSettingsOfThisJvmCompareAnEqualGolden() throws IOException {
    Path golden = Files.writeString(dir.resolve("expected.yaml"), CONFIG_MAP);

    assertThatCode(() -> GoldenFiles.fromEnvironment().checkFile(golden, CONFIG_MAP)).doesNotThrowAnyException();
  }

  @Test
  void updateModeWritesTheOutputAsItIsWithoutComparingIt() {
    GoldenFiles updating = GoldenFiles.from(p -> p.equals(GoldenFiles.UPDATE_PROPERTY) ? "TRUE" : null, e -> null);
    Path golden = dir.resolve("expected.yaml");
    // Read back, a golden's CRLF line ends become LF: a comparison after writing would see a change.
    String windowsText = CONFIG_MAP.replace("\n", "\r\n");

    assertThatCode(() -> assertThatYaml(windowsText).using(updating).matchesGoldenFile(golden))
        .doesNotThrowAnyException();
    assertThat(golden).content().isEqualTo(windowsText);
  }

  @Test
  void checksChain() throws IOException {
    GoldenFiles onCi = GoldenFiles.from(p -> null, e -> e.equals("CI") ? "true" : null);
    Path file = Files.writeString(dir.resolve("config.yaml"), CONFIG_MAP);
    TreeMap<String, String> files = new TreeMap<>();
    files.put("config.yaml", CONFIG_MAP);

    assertThatCode(() -> assertThatYaml(CONFIG_MAP).using(onCi).matchesGoldenFile(file).matchesGoldenFile(file)
        .isEqualTo(CONFIG_MAP)).doesNotThrowAnyException();
    assertThatCode(() -> assertThatFiles(files).using(onCi).matchesGoldenFolder(dir).matchesGoldenFolder(dir)
        .isEqualTo(files)).doesNotThrowAnyException();
  }
}
