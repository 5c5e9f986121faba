package dev.alluxiok8s.kube.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The characters YAML 1.2 keeps out of a stream (its c-printable production), each refused at its
 * line and column before the parser runs, which would report it at 1:1; and the edges of each range
 * it allows.
 */
class ForbiddenCharacterTest {

  private static final YamlSettings USER_FILE =
      YamlSettings.forUserFile(ReadLimits.defaults(), "a test file", "write one");

  private static List<ReadProblem> problems(String text) {
    return YamlReader.read("t.yaml", text, USER_FILE).problems();
  }

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x08, 0x0b, 0x0c, 0x1f, 0x7f, 0x80, 0x84, 0x86, 0x9f, 0xd800, 0xdbff, 0xdc00, 0xdfff,
      0xfffe, 0xffff})
  void aCharacterOutsideThePrintableSetIsRefusedWhereItStands(int forbidden) {
    // In a comment on the second line, where the parser takes almost anything.
    List<ReadProblem> problems = problems("a: 1\nb: 2 # x" + (char) forbidden + "\n");

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(new SourceLocation("t.yaml", 2, 9));
      assertThat(p.message()).startsWith("invalid YAML: the character U+" + String.format("%04X", forbidden) + " is not "
          + "allowed in a YAML file");
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {0x09, 0x20, 0x7e, 0x85, 0xa0, 0xd7ff, 0xe000, 0xfffd, 0x10000, 0x10ffff})
  void theEdgesOfEachAllowedRangeAreRead(int allowed) {
    String text = "a: 1\nb: 2 # x" + Character.toString(allowed) + "\n";

    assertThat(problems(text)).isEmpty();
  }

  @Test
  void theHintGivesTheEscapeThatWritesTheCharacter() {
    assertThat(problems("a: \"x\u0001\"\n")).singleElement().extracting(ReadProblem::message).isEqualTo("invalid YAML: the "
        + "character U+0001 is not allowed in a YAML file; if it is meant, write it as an escape in a double-quoted string "
        + "(\"\\x01\")");
    // \xFE would be U+00FE; above U+00FF only \\u names the character.
    assertThat(problems("a: \"x\ufffe\"\n")).singleElement().extracting(ReadProblem::message).asString()
        .endsWith("(\"\\uFFFE\")");
    assertThat(problems("a: \"x\u009f\"\n")).singleElement().extracting(ReadProblem::message).asString()
        .endsWith("(\"\\x9F\")");
  }

  @Test
  void columnsCountCharactersAndEveryKindOfLineBreakStartsALine() {
    // A character outside the Basic Multilingual Plane is one column, as an editor shows it.
    assertThat(problems("a: \"\uD83D\uDE00\u0001\"\n")).singleElement().extracting(ReadProblem::location)
        .isEqualTo(new SourceLocation("t.yaml", 1, 6));
    for (String lineBreak : List.of("\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029")) {
      assertThat(problems("# one" + lineBreak + "# two" + lineBreak + "a: \u0001\n"))
          .as("line break %s", lineBreak.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList())
          .singleElement().extracting(ReadProblem::location).isEqualTo(new SourceLocation("t.yaml", 3, 4));
    }
  }

  @Test
  void aFileEndingInACarriageReturnIsRead() {
    assertThat(problems("a: 1\r")).isEmpty();
  }
}
