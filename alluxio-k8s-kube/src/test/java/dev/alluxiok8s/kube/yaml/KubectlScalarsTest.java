package dev.alluxiok8s.kube.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What kubectl makes of each plain value in a manifest, read through {@link YamlReader}. */
class KubectlScalarsTest {

  private static Object value(String yaml) {
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) YamlReader.read("t.yaml", "v: " + yaml + "\n",
        YamlSettings.forManifests(PathStyle.ATTRIBUTES)).documents().get(0).root();
    return root.get("v");
  }

  @Test
  void yaml11WordsAreBooleans() {
    assertThat(value("y")).isEqualTo(true);
    assertThat(value("ON")).isEqualTo(true);
    assertThat(value("True")).isEqualTo(true);
    assertThat(value("n")).isEqualTo(false);
    assertThat(value("Off")).isEqualTo(false);
    assertThat(value("FALSE")).isEqualTo(false);
    assertThat(value("yES")).isEqualTo("yES");
  }

  @Test
  void aLeadingZeroMakesAnOctal() {
    assertThat(value("0755")).isEqualTo(493L);
    assertThat(value("-010")).isEqualTo(-8L);
    assertThat(value("+010")).isEqualTo(8L);
    assertThat(value("0o17")).isEqualTo(15L);
    assertThat(value("089")).isEqualTo(89L);
  }

  @Test
  void integersAreLongsUntilTheyDoNotFit() {
    assertThat(value("0x1F")).isEqualTo(31L);
    assertThat(value("+12")).isEqualTo(12L);
    assertThat(value("-12")).isEqualTo(-12L);
    assertThat(value("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    assertThat(value("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    assertThat(value("9223372036854775808")).isEqualTo(new BigDecimal("9223372036854775808"));
  }

  @Test
  void floatsKeepTheNumberAsWritten() {
    assertThat(value("0.50")).isEqualTo(new BigDecimal("0.50"));
    assertThat(value("+1.5")).isEqualTo(new BigDecimal("1.5"));
    assertThat(value("1e3")).isEqualTo(new BigDecimal("1e3"));
    assertThat(value(".inf")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(value("-.Inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(value(".NaN")).isEqualTo(Double.NaN);
  }

  @Test
  void nullsAndWordsAreNullsAndStrings() {
    assertThat(value("null")).isNull();
    assertThat(value("~")).isNull();
    assertThat(value("alluxio")).isEqualTo("alluxio");
    assertThat(value("12:30:00")).isEqualTo("12:30:00");
  }

  @Test
  void quotedAndBlockScalarsStayStrings() {
    assertThat(value("'0755'")).isEqualTo("0755");
    assertThat(value("\"yes\"")).isEqualTo("yes");
    assertThat(value("|\n  on")).isEqualTo("on\n");
  }

  @Test
  void anExplicitTagDecidesTheType() {
    assertThat(value("!!str 12")).isEqualTo("12");
    assertThat(value("!!int 0x10")).isEqualTo(16L);
    assertThat(value("!!float 2")).isEqualTo(new BigDecimal("2"));
    assertThat(value("!!bool true")).isEqualTo(true);
    assertThat(value("!!bool yes")).isEqualTo(false);
    assertThat(value("!!null x")).isNull();
    assertThat(value("! 12")).isEqualTo("12");
  }

  @Test
  void aValueItsTagCannotReadStaysText() {
    assertThat(value("!!int twelve")).isEqualTo("twelve");
    assertThat(value("!!float half")).isEqualTo("half");
  }
}
