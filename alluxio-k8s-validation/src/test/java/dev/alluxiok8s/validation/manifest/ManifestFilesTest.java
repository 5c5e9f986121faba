package dev.alluxiok8s.validation.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a folder are manifests, a single file, a List item that is no object, and how paths nest. */
class ManifestFilesTest {

  private static final String CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: %s}\n";

  @Test
  void aFolderGivesItsYamlAndJsonFilesInPathOrderSkippingHiddenOnes(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.yml"), CONFIG_MAP.formatted("b"));
    Files.writeString(dir.resolve("a.YAML"), CONFIG_MAP.formatted("a"));
    Files.writeString(dir.resolve("c.json"), "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"c\"}}");
    Files.writeString(dir.resolve("notes.txt"), CONFIG_MAP.formatted("notes"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/d.yaml"), CONFIG_MAP.formatted("hidden"));
    Files.writeString(dir.resolve(".e.yaml"), CONFIG_MAP.formatted("hidden-file"));
    Files.createDirectories(dir.resolve("more.yaml"));
    Files.writeString(dir.resolve("more.yaml/d.yaml"), CONFIG_MAP.formatted("d"));

    // A folder whose name ends in .yaml is walked into, not read as a file.
    assertThat(Manifests.read(dir)).extracting(m -> m.tree().get("metadata").toString())
        .containsExactly("{name=a}", "{name=b}", "{name=c}", "{name=d}");
  }

  @Test
  void aSingleFileIsReadWhateverItsName(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("objects.txt"), CONFIG_MAP.formatted("one"));

    assertThat(Manifests.read(file)).singleElement().satisfies(m -> assertThat(m.sourceName()).contains(file.toString()));
  }

  @Test
  void aListItemThatIsNoObjectIsRefusedWhereItIsWritten() {
    String list = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n- 42\n";

    assertThatThrownBy(() -> Manifests.read("list.yaml", list))
        .isInstanceOfSatisfying(ManifestParseException.class, e -> {
          assertThat(e.problem()).isEqualTo("List item 1 must be an object, found integer");
          assertThat(e.location().line()).isEqualTo(7);
          assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo(e.problem());
            assertThat(d.location()).contains(e.location());
          });
        });
  }

  @Test
  void pathsNestAsTheFindingsPrintThem() {
    ManifestPaths paths = ManifestPaths.INSTANCE;

    assertThat(paths.key("", "spec")).isEqualTo("spec");
    assertThat(paths.key("spec", "replicas")).isEqualTo("spec.replicas");
    assertThat(paths.key("metadata.labels", "app.kubernetes.io/name"))
        .isEqualTo("metadata.labels['app.kubernetes.io/name']");
    assertThat(paths.parent("metadata.labels['app.kubernetes.io/name']")).isEqualTo("metadata.labels");
    assertThat(paths.parent("spec.containers[10]")).isEqualTo("spec.containers");
    assertThat(paths.parent("spec.containers[0].image")).isEqualTo("spec.containers[0]");
    assertThat(paths.parent("spec.replicas")).isEqualTo("spec");
    assertThat(paths.parent("data['a.b'].x")).isEqualTo("data['a.b']");
    assertThat(paths.parent("spec")).isEmpty();
  }
}
