package dev.alluxiok8s.kube.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each bound of {@link YamlSettings}, met and then passed by one. */
class YamlReaderBoundsTest {

  private static final YamlSettings MANIFESTS = YamlSettings.forManifests(PathStyle.ATTRIBUTES);

  private static YamlSettings bounds(int codePoints, int scalar, int aliases, long nodes, int documents) {
    return new YamlSettings(codePoints, 10, scalar, aliases, nodes, documents, YamlSettings.Scalars.KUBECTL, false,
        false, false, "a manifest", "", path -> false, PathStyle.ATTRIBUTES);
  }

  private static List<String> problems(String text, YamlSettings settings) {
    return YamlReader.read("t.yaml", text, settings).problems().stream()
        .map(p -> p.location() + " " + p.path() + ": " + p.message()).toList();
  }

  @Test
  void anOverlongValueIsReportedAndReadingGoesOn() {
    YamlSettings fiveChars = bounds(1000, 5, 10, 100, 1);

    assertThat(problems("a: abcde\nb: abcdef\nc: abcdefg\n", fiveChars)).containsExactly(
        "t.yaml:2:4 b: the value is longer than 5 characters",
        "t.yaml:3:4 c: the value is longer than 5 characters");
  }

  @Test
  void anOverlongKeyStopsReading() {
    YamlSettings fiveChars = bounds(1000, 5, 10, 100, 1);

    assertThat(problems("abcde: 1\nabcdef: 2\nabcdefg: 3\n", fiveChars))
        .containsExactly("t.yaml:2:1 : a key is longer than 5 characters");
  }

  @Test
  void nodesAreCountedWithTheirAliasesExpanded() {
    String text = "a: &x [1, 2]\nb: *x\n";

    // The root, [1, 2] twice over: 7 nodes.
    assertThat(problems(text, bounds(1000, 100, 10, 7, 1))).isEmpty();
    assertThat(problems(text, bounds(1000, 100, 10, 6, 1)))
        .containsExactly("t.yaml:2:4 : more than 6 nodes after expanding aliases");
    assertThat(problems("a: [1, 2, 3]\nb: *x\n", bounds(1000, 100, 10, 3, 1)))
        .containsExactly("t.yaml:1:8 : more than 3 nodes after expanding aliases");
  }

  @Test
  void aliasesAreCountedPerStream() {
    String text = "a: &x 1\nb: *x\nc: *x\nd: *x\n";

    assertThat(problems(text, bounds(1000, 100, 3, 100, 1))).isEmpty();
    assertThat(problems(text, bounds(1000, 100, 1, 100, 1)))
        .containsExactly("t.yaml:3:4 c: more than 1 aliases in one stream");
  }

  @Test
  void documentsAreCountedAndEachHasItsOwnAnchors() {
    assertThat(problems("a: 1\n---\nb: 2\n---\nc: 3\n", bounds(1000, 100, 10, 100, 2)))
        .containsExactly("t.yaml:4:1 : the file holds more than 2 YAML documents");
    assertThat(problems("a: &x 1\n---\nb: *x\n", MANIFESTS)).containsExactly("t.yaml:3:4 b: unknown alias *x");
  }

  @Test
  void nestingIsReadToItsDepthAndRefusedOneLevelDeeper() {
    YamlSettings tenLevels = bounds(1000, 100, 10, 100, 1);

    // The root mapping is the first level, each list one more.
    assertThat(problems("a: " + "[".repeat(9) + "]".repeat(9) + "\n", tenLevels)).isEmpty();
    assertThat(problems("a: " + "[".repeat(10) + "]".repeat(10) + "\n", tenLevels))
        .containsExactly("t.yaml:1:13 a[0][0][0][0][0][0][0][0][0]: nesting is deeper than 10 levels");
  }

  @Test
  void aProblemThatStopsReadingIsReportedOnceThoughTheFileRepeatsIt() {
    YamlSettings oneDocument = bounds(1000, 100, 10, 100, 1);
    YamlSettings noTags = oneDocument.refusingTags();

    assertThat(problems("a: 1\n---\nb: 2\n---\nc: 3\n", oneDocument)).singleElement().asString()
        .startsWith("t.yaml:2:1 : the file holds more than one YAML document");
    assertThat(problems("- !t x\n- !t y\n", noTags)).singleElement().asString().startsWith("t.yaml:1:3 [0]: tags (!t)");
    assertThat(problems("a: !t {x: 1}\nb: !t [y]\n", noTags)).singleElement().asString()
        .startsWith("t.yaml:1:4 a: tags (!t)");
    assertThat(problems("x: &k a\n*k : 1\ny: *k\n", oneDocument)).containsExactly("t.yaml:2:1 : keys must be plain strings");
    assertThat(problems("a: &x [1, 2]\nb: *x\nc: *x\n", bounds(1000, 100, 10, 6, 1)))
        .containsExactly("t.yaml:2:4 : more than 6 nodes after expanding aliases");
  }

  @Test
  void aTooLongTextIsRefusedBeforeParsing() {
    assertThat(problems("a: 1234567890\n", bounds(8, 100, 10, 100, 1))).singleElement().asString()
        .startsWith("t.yaml:1:1 : invalid YAML: ");
  }

  @Test
  void keysArePlainStrings() {
    assertThat(problems("[a]: 1\n", MANIFESTS)).containsExactly("t.yaml:1:1 : keys must be plain strings");
    assertThat(problems("a: &k x\n*k : 1\nb: [\n", MANIFESTS)).containsExactly("t.yaml:2:1 : keys must be plain strings");
    assertThat(problems("{a: 1}: 1\nb: [\n", MANIFESTS)).containsExactly("t.yaml:1:1 : keys must be plain strings");
  }

  @Test
  void theFirstOfTwoEqualKeysIsKept() {
    YamlReader.Result read = YamlReader.read("t.yaml", "a: 1\na: [2]\nb: 3\n", MANIFESTS);

    assertThat(read.documents().get(0).root()).isEqualTo(Map.of("a", 1L, "b", 3L));
    assertThat(read.documents().get(0).locate("a")).map(Object::toString).contains("t.yaml:1:1");
  }

  @Test
  void aPlainValueStartingWithAReservedCharacterIsToldToBeQuoted() {
    assertThat(problems("a: @x\n", MANIFESTS)).singleElement().asString()
        .endsWith("invalid YAML: a plain value cannot start with '@'; put the value in quotes");
  }

  @Test
  void snakeyamlsWordingKeepsWhatItWasParsing() {
    assertThat(problems("a: [1, 2\n", MANIFESTS)).containsExactly(
        "t.yaml:2:1 : invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence)");
  }

  @Test
  void anUnknownAliasStopsReading() {
    assertThat(problems("a: *nowhere\nb: *nowhere\n", MANIFESTS)).containsExactly("t.yaml:1:4 a: unknown alias *nowhere");
  }

  @Test
  void anEmptyDocumentHasNoRootAndANullDocumentIsNoProblem() {
    YamlReader.Result read = YamlReader.read("t.yaml", "---\n...\n", MANIFESTS.refusingNulls());

    assertThat(read.problems()).isEmpty();
    assertThat(read.documents()).singleElement().satisfies(d -> assertThat(d.root()).isNull());
  }

  @Test
  void blankLinesAreEmptiedOnlyWhenTheyAreTheOnlyProblem() {
    assertThat(problems("a: |-\n    \n  b: x\nc: d\nc: e\n", MANIFESTS)).hasSize(1);
  }
}
