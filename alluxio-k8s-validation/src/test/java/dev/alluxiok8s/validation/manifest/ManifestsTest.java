package dev.alluxiok8s.validation.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.yaml.YamlSettings;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestsTest {

  @Test
  void readsMultiDocumentYamlSkippingEmptyDocuments() throws Exception {
    List<Manifest> m = Manifests.read("a.yaml", """
        ---
        # only a comment
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: one}
        ---
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: two
        """);
    assertThat(m).extracting(x -> x.tree().get("kind")).containsExactly("ConfigMap", "Secret");
    assertThat(m.get(1).locator().locate("metadata.name")).contains(new SourceLocation("a.yaml", 12, 3));
    assertThat(m.get(1).sourceName()).contains("a.yaml");
  }

  @Test
  void missingPathsResolveToTheirClosestAncestor() throws Exception {
    Manifest m = Manifests.read("a.yaml", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: c\n").get(0);
    assertThat(m.locator().locate("spec.containers[0].image")).contains(new SourceLocation("a.yaml", 5, 5));
    assertThat(m.locator().locate("metadata.name")).contains(new SourceLocation("a.yaml", 1, 1));
  }

  @Test
  void expandsListsAndLocatesTheirItems() throws Exception {
    List<Manifest> m = Manifests.read("list.yaml", """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: ConfigMap
          metadata: {name: a}
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: b
        """);
    assertThat(m).hasSize(2);
    assertThat(m.get(1).locator().locate("metadata.name")).contains(new SourceLocation("list.yaml", 10, 5));
  }

  @Test
  void readsJson() throws Exception {
    List<Manifest> m = Manifests.read("a.json", new ByteArrayInputStream(
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"j\"},\"data\":{\"n\":\"1\"}}".getBytes(StandardCharsets.UTF_8)));
    assertThat(m.get(0).tree()).containsEntry("kind", "ConfigMap");
  }

  @Test
  void resolvesScalarsAsKubectlDoesAndKeepsNulls() throws Exception {
    Map<String, Object> t = Manifests.read("s.yaml", """
        int: 1
        big: 12345678901234567890
        float: 0.5
        bool: true
        quoted: "true"
        yaml11bool: yes
        yaml11off: Off
        empty:
        tilde: ~
        mode: 0644
        negative: -010
        hex: 0x1F
        """).get(0).tree();
    assertThat(t.get("int")).isEqualTo(1L);
    assertThat(t.get("big")).isEqualTo(new BigDecimal("12345678901234567890"));
    assertThat(t.get("float")).isEqualTo(new BigDecimal("0.5"));
    assertThat(t.get("bool")).isEqualTo(Boolean.TRUE);
    assertThat(t.get("quoted")).isEqualTo("true");
    assertThat(t.get("yaml11bool")).isEqualTo(Boolean.TRUE);
    assertThat(t.get("yaml11off")).isEqualTo(Boolean.FALSE);
    assertThat(t).containsEntry("empty", null).containsEntry("tilde", null);
    assertThat(t.get("mode")).isEqualTo(420L);
    assertThat(t.get("negative")).isEqualTo(-8L);
    assertThat(t.get("hex")).isEqualTo(31L);
  }

  @Test
  void badYamlFailsWithItsLocation() {
    assertThatThrownBy(() -> Manifests.read("bad.yaml", "a: b\n  c: d\n"))
        .isInstanceOfSatisfying(ManifestParseException.class, e -> {
          assertThat(e.location().file()).isEqualTo("bad.yaml");
          assertThat(e.location().line()).isEqualTo(2);
          assertThat(e.getMessage()).startsWith("bad.yaml:2:");
        });
  }

  @Test
  void aBadByteOnLineThreeIsReportedThere() {
    byte[] bytes = "apiVersion: v1\nkind: ConfigMap\ndata: {a: \u00ff}\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> Manifests.read("three.yaml", new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(ManifestParseException.class, e -> {
          assertThat(e.location()).isEqualTo(new SourceLocation("three.yaml", 3, 11));
          assertThat(e.problem()).isEqualTo("the file is not valid UTF-8 (byte 41); save it as UTF-8");
        });
  }

  @Test
  void duplicateKeysAreRejected() {
    assertThatThrownBy(() -> Manifests.read("dup.yaml", "kind: Pod\nkind: Service\n"))
        .isInstanceOfSatisfying(ManifestParseException.class,
            e -> assertThat(e.location()).isEqualTo(new SourceLocation("dup.yaml", 2, 1)));
  }

  @Test
  void documentsMustBeObjects() {
    assertThatThrownBy(() -> Manifests.read("l.yaml", "- a\n- b\n"))
        .isInstanceOfSatisfying(ManifestParseException.class,
            e -> assertThat(e.problem()).isEqualTo("a manifest document must be an object, found array"));
  }

  @Test
  void aStreamIsReadUpToTheSizeLimitAndRefusedOneBytePastIt() {
    int limit = YamlSettings.MANIFEST_MAX_CODE_POINTS;
    // At the limit the bytes go on to be decoded; the first is not UTF-8, so decoding stops at once.
    byte[] atLimit = new byte[limit];
    atLimit[0] = (byte) 0xFF;
    assertThatThrownBy(() -> Manifests.read("at-limit.yaml", new ByteArrayInputStream(atLimit)))
        .isInstanceOfSatisfying(ManifestParseException.class, e -> assertThat(e.problem())
            .isEqualTo("the file is not valid UTF-8 (byte 0); save it as UTF-8"));
    assertThatThrownBy(() -> Manifests.read("past-limit.yaml", new ByteArrayInputStream(new byte[limit + 1])))
        .isInstanceOfSatisfying(ManifestParseException.class, e -> assertThat(e.problem())
            .isEqualTo("larger than 67108864 bytes"));
  }

  @Test
  void deepNestingIsRefusedWithoutStackOverflow() {
    String deep = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    assertThatThrownBy(() -> Manifests.read("deep.yaml", deep))
        .isInstanceOfSatisfying(ManifestParseException.class,
            e -> assertThat(e.problem()).isEqualTo("nesting is deeper than " + YamlSettings.MANIFEST_MAX_DEPTH + " levels"));
  }

  @Test
  void aliasBombsAreRefused() {
    StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      b.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      b.append("]\n");
    }
    assertThatThrownBy(() -> Manifests.read("bomb.yaml", b.toString()))
        .isInstanceOf(ManifestParseException.class)
        .hasMessageContaining("nodes after expanding aliases");
  }

  @Test
  void aFewAliasesAreShared() throws Exception {
    Map<String, Object> t = Manifests.read("a.yaml", "base: &b {cpu: 1}\nlimits: *b\n").get(0).tree();
    assertThat(t.get("limits")).isEqualTo(Map.of("cpu", 1L));
  }

  @Test
  void acceptsBlankBlockScalarsIndentedDeeperThanTheNextKey() throws Exception {
    // Helm writes "KEY: |-" followed by a line of spaces for empty values; kubectl accepts it.
    Manifest m = Manifests.read("h.yaml", "data:\n  A: |-\n    \n  B: x\n").get(0);
    assertThat(m.tree().get("data")).isEqualTo(Map.of("A", "", "B", "x"));
    assertThat(m.locator().locate("data.B")).isEqualTo(Optional.of(new SourceLocation("h.yaml", 4, 3)));
  }

  @Test
  void readsFoldersInPathOrderSkippingHiddenAndOtherFiles(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("b/2.yml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: two}\n");
    Files.writeString(dir.resolve("a.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: one}\n");
    Files.writeString(dir.resolve("c.json"), "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"three\"}}");
    Files.writeString(dir.resolve("notes.txt"), "not: yaml: at all");
    Files.writeString(dir.resolve(".git/x.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: hidden}\n");

    List<Manifest> m = Manifests.read(dir);

    assertThat(m).extracting(x -> (Object) ((Map<?, ?>) x.tree().get("metadata")).get("name")).containsExactly("one", "two", "three");
    assertThat(m.get(1).sourceName()).contains(dir.resolve("b/2.yml").toString());
  }
}
