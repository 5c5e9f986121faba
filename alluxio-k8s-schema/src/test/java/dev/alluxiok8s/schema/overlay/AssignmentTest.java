package dev.alluxiok8s.schema.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.yaml.YamlScalar;
import dev.alluxiok8s.schema.overlay.Assignment.AssignmentException;
import dev.alluxiok8s.schema.overlay.Assignment.Index;
import dev.alluxiok8s.schema.overlay.Assignment.Key;
import dev.alluxiok8s.schema.overlay.Assignment.Selector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How one {@code --set PATH=VALUE} is read: its steps, its value's type, and each way it can be malformed. */
class AssignmentTest {

  @Test
  void aPathOfNamesIndexesSelectorsAndQuotedKeys() throws AssignmentException {
    Assignment a = Assignment.parse("spec.tieredStore.levels[alias=MEM].directories[0].\"a.b\"=x");

    assertThat(a.steps()).containsExactly(new Key("spec"), new Key("tieredStore"), new Key("levels"),
        new Selector("alias", "MEM"), new Key("directories"), new Index(0), new Key("a.b"));
    assertThat(a.path()).isEqualTo("spec.tieredStore.levels[alias=MEM].directories[0].\"a.b\"");
  }

  @Test
  void theValueSplitsAtTheFirstEqualsSignOutsideBracketsAndQuotes() throws AssignmentException {
    Assignment selector = Assignment.parse("spec.tieredStore.levels[alias=MEM].directories[path=/a=b].quota=1Gi");
    Assignment quotedKey = Assignment.parse("spec.properties.\"a=b\"=c=d");

    assertThat(selector.steps()).contains(new Selector("path", "/a=b"));
    assertThat(selector.value()).isEqualTo(new YamlScalar("1Gi", true));
    assertThat(quotedKey.steps()).endsWith(new Key("a=b"));
    assertThat(quotedKey.value()).isEqualTo(new YamlScalar("c=d", true));
  }

  @Test
  void aValueInMatchingQuotesIsAStringAndAnyOtherIsTypedAsInAFile() throws AssignmentException {
    assertThat(value("spec.x=5")).isEqualTo(new YamlScalar("5", true));
    assertThat(value("spec.x=\"5\"")).isEqualTo(new YamlScalar("5", false));
    assertThat(value("spec.x='5'")).isEqualTo(new YamlScalar("5", false));
    assertThat(value("spec.x=\"\"")).isEqualTo(new YamlScalar("", false));
    // One quote alone, or quotes that do not match, are part of a plain value.
    assertThat(value("spec.x=\"")).isEqualTo(new YamlScalar("\"", true));
    assertThat(value("spec.x='5\"")).isEqualTo(new YamlScalar("'5\"", true));
    assertThat(value("spec.x=\"5")).isEqualTo(new YamlScalar("\"5", true));
  }

  private static YamlScalar value(String text) throws AssignmentException {
    return Assignment.parse(text).value();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "spec.masters.=3 | --set spec.masters.=3: error: spec.masters: ends with a '.'",
      "spec.\"a\"b=3 | --set spec.\"a\"b=3: error: spec.a: needs a '.' or '[' after each name",
      "=3 | --set =3: error: names no attribute; for example --set spec.masters.count=3",
      "[0]=3 | --set [0]=3: error: has an empty name; paths are names joined by '.', for example spec.masters.count",
      ".spec=3 | --set .spec=3: error: has an empty name; paths are names joined by '.', for example spec.masters.count",
      // A '[' left open keeps every '=' after it inside the brackets, however many brackets follow.
      "spec.levels[path=/d[1]=x | --set spec.levels[path=/d[1]=x: error: is not PATH=VALUE; for example --set spec.masters.count=3",
      "spec.levels[=MEM]=x | --set spec.levels[=MEM]=x: error: spec.levels: [=MEM] is neither an index ([0]) nor an item's key ([alias=MEM])",
      "spec.levels[alias=]=x | --set spec.levels[alias=]=x: error: spec.levels: [alias=] is neither an index ([0]) nor an item's key ([alias=MEM])",
      "spec.levels[]=x | --set spec.levels[]=x: error: spec.levels: [] is neither an index ([0]) nor an item's key ([alias=MEM])",
      "spec.levels[1234567890]=x | --set spec.levels[1234567890]=x: error: spec.levels: [1234567890] is neither an index ([0]) nor an item's key ([alias=MEM])",
  })
  void aMalformedPathIsOneProblemAtTheArgument(String text, String problem) {
    assertThatThrownBy(() -> Assignment.parse(text)).isInstanceOfSatisfying(AssignmentException.class,
        e -> assertThat(DiagnosticFormat.line(e.problem(), "")).isEqualTo(problem));
  }

  @Test
  void anOpeningBracketOrQuoteWithoutItsCloseIsAProblem() {
    // The '=' splits outside quotes, so only a quote inside a name leaves one unmatched in the path.
    assertThatThrownBy(() -> Assignment.parse("spec.x\"[\".y=3")).isInstanceOfSatisfying(AssignmentException.class,
        e -> assertThat(e.problem().message()).isEqualTo("has a '[' without its ']'"));
    assertThatThrownBy(() -> Assignment.parse("spec.x\".\"y=3")).isInstanceOfSatisfying(AssignmentException.class,
        e -> assertThat(e.problem().message()).isEqualTo("has a '\"' without its closing '\"'"));
  }

  @Test
  void theLargestIndexOfNineDigitsIsStillAnIndex() throws AssignmentException {
    assertThat(Assignment.parse("spec.levels[999999999]=x").steps()).endsWith(new Index(999999999));
  }

  @Test
  void aCredentialsValueIsHiddenOnlyWhenThereIsOne() {
    assertThat(Assignment.location("spec.properties.\"aws.secretKey\"").file()).isEqualTo("--set spec.properties.\"aws.secretKey\"");
    assertThat(Assignment.location("spec.properties.\"alluxio.x\"=abc").file()).isEqualTo("--set spec.properties.\"alluxio.x\"=abc");
    // No path, so no attribute that names a credential: the text is shown as typed.
    assertThat(Assignment.location("=aws.secretKey").file()).isEqualTo("--set =aws.secretKey");
  }

  @Test
  void aPathPrintsAsMessagesWriteIt() {
    assertThat(Assignment.pathOf(List.of(new Key("spec"), new Key("a.b"), new Index(2), new Selector("alias", "MEM"))))
        .isEqualTo("spec.\"a.b\"[2][alias=MEM]");
  }
}
