package dev.alluxiok8s.model.check;

import static dev.alluxiok8s.model.check.ModelAssertions.found;
import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnvFileCharactersTest {

  private static final String WHY = ": Alluxio's entrypoint writes this value into conf/alluxio-env.sh as "
      + "export KEY=\"value\" and sources it, where that character would run commands or break the line";

  @ParameterizedTest
  @ValueSource(strings = {"s3a://bucket/a-b_c.d/", "-XX:+UseG1GC", "-Dalluxio.user.app.id=x;y|z&w'v<u>(t){s}#r~q!p%o^n=m,l@k+j",
      "/mnt/ssd0", "ünïcode", "a b", "a\u00a0b"})
  void letsThroughWhatTheShellLeavesAloneInsideDoubleQuotes(String value) {
    assertThat(EnvFileCharacters.firstUnsafe(value)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "$(id)|'$' (U+0024)",
      "${HOME}|'$' (U+0024)",
      "`id`|'`' (U+0060)",
      "a\"b|'\"' (U+0022)",
      "a\\b|'\\' (U+005C)",
      "/mnt/*|'*' (U+002A)",
      "/mnt/?|'?' (U+003F)",
      "/mnt/[ab]|'[' (U+005B)"})
  void namesTheFirstCharacterThatWouldRunCommandsOrExpand(String value, String named) {
    assertThat(found(p -> EnvFileCharacters.check(p, "properties.a", value)))
        .containsExactly(problem(SpecRule.ENV_FILE_CHARACTER, "properties.a", "may not contain " + named + WHY));
  }

  @ParameterizedTest
  @CsvSource({"0, the control character U+0000 (NUL)", "10, the control character U+000A (a line break)",
      "13, the control character U+000D", "27, the control character U+001B", "127, the control character U+007F",
      "159, the control character U+009F", "31, the control character U+001F",
      "8232, the control character U+2028"})
  void refusesLineBreaksNulAndOtherControls(int code, String named) {
    assertThat(EnvFileCharacters.firstUnsafe("a" + (char) code + "b")).contains(named);
  }
}
