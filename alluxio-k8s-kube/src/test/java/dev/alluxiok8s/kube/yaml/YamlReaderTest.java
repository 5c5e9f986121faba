package dev.alluxiok8s.kube.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

  private static final YamlSettings USER_FILE =
      YamlSettings.forUserFile(ReadLimits.defaults(), "a test file", "write one");
  private static final YamlSettings MANIFESTS = YamlSettings.forManifests(PathStyle.ATTRIBUTES);

  private static List<String> problems(String text, YamlSettings settings) {
    return YamlReader.read("t.yaml", text, settings).problems().stream()
        .map(p -> p.location() + " " + p.path() + ": " + p.message()).toList();
  }

  @Test
  void keepsScalarsAsTextAndPlacesEntriesAtTheirKeys() {
    YamlDocument d = YamlReader.read("t.yaml", "a:\n  b: \"1\"\n  c: [x, ~]\n", USER_FILE).documents().get(0);
    assertThat(d.root()).isEqualTo(Map.of("a", Map.of("b", new YamlScalar("1", false),
        "c", Arrays.asList(new YamlScalar("x", true), null))));
    assertThat(d.locate("a.b")).contains(new SourceLocation("t.yaml", 2, 3));
    assertThat(d.locate("a.c[1]")).contains(new SourceLocation("t.yaml", 3, 10));
    assertThat(d.locate("a.missing")).contains(new SourceLocation("t.yaml", 1, 1));
  }

  @Test
  void typesScalarsAsKubectlDoes() {
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) YamlReader.read("t.yaml", "a: yes\nb: 0644\nc: 0.5\nd: '1'\ne: ~\n",
        MANIFESTS).documents().get(0).root();
    assertThat(root.get("a")).isEqualTo(true);
    assertThat(root.get("b")).isEqualTo(420L);
    assertThat(root.get("c")).isEqualTo(new BigDecimal("0.5"));
    assertThat(root.get("d")).isEqualTo("1");
    assertThat(root).containsEntry("e", null);
  }

  @Test
  void reportsEveryDuplicateKeyAndNullValueInOneRead() {
    assertThat(problems("a: 1\na: 2\nb:\nc: [1, ~]\n", USER_FILE.refusingNulls())).containsExactly(
        "t.yaml:2:1 a: duplicate key \"a\" (first given at line 1)",
        "t.yaml:3:3 b: has no value; give one, or remove the key to use the default",
        "t.yaml:4:8 c[1]: is an empty list item; give it a value, or remove it");
  }

  @Test
  void quotesTheCharacterTheScannerFound() {
    assertThat(problems("%`\n", USER_FILE)).singleElement().asString()
        .contains("but found '`' (character 96)").doesNotContain("`(96)");
  }

  @Test
  void stopsAtAliasesTagsDepthAndASecondDocument() {
    assertThat(problems("a: &x 1\nb: *x\nc: *x\n", USER_FILE))
        .containsExactly("t.yaml:2:4 b: aliases (*x) are not supported in a test file; write the value out");
    assertThat(problems("secret: *x\n", USER_FILE.hidingTextAt(p -> p.equals("secret"))))
        .containsExactly("t.yaml:1:9 secret: aliases are not supported in a test file; write the value out");
    assertThat(problems("a: !!binary eA==\n", USER_FILE.refusingTags()))
        .containsExactly("t.yaml:1:4 a: tags (!!binary) are not supported in a test file; write the value without it");
    assertThat(problems("a: !!str x\n", USER_FILE.refusingTags())).isEmpty();
    assertThat(problems("a: " + "[".repeat(40) + "]".repeat(40) + "\n", USER_FILE)).singleElement().asString()
        .endsWith(": nesting is deeper than 32 levels");
    assertThat(problems("a: 1\n---\nb: 2\n", USER_FILE))
        .containsExactly("t.yaml:2:1 : the file holds more than one YAML document; write one");
  }

  @Test
  void boundsAliasesWhereTheyAreAllowed() {
    // Expansion ("billion laughs") is bounded too: ManifestsTest reads an alias bomb end to end.
    assertThat(YamlReader.read("t.yaml", "base: &b {cpu: 1}\nlimits: *b\n", MANIFESTS).documents().get(0).root())
        .isEqualTo(Map.of("base", Map.of("cpu", 1L), "limits", Map.of("cpu", 1L)));
    assertThat(problems("a: *nowhere\n", MANIFESTS)).containsExactly("t.yaml:1:4 a: unknown alias *nowhere");
  }

  @Test
  void invalidYamlIsAProblemAtItsPosition() {
    assertThat(problems("a: b\n  c: d\n", USER_FILE)).singleElement().asString()
        .startsWith("t.yaml:2:4 : invalid YAML: mapping values are not allowed here");
    assertThat(problems("a:\n\tb: 1\n", USER_FILE)).singleElement().asString()
        .endsWith("invalid YAML: a tab character; YAML is indented with spaces only");
  }

  @Test
  void readsBlankIndentedLinesAsGoDoesWhenAsked() {
    String text = "data:\n  A: |-\n    \n  B: x\n";
    assertThat(problems(text, USER_FILE)).isNotEmpty();
    YamlReader.Result read = YamlReader.read("t.yaml", text, MANIFESTS);
    assertThat(read.problems()).isEmpty();
    assertThat(read.documents().get(0).locate("data.B")).contains(new SourceLocation("t.yaml", 4, 3));
  }
}
