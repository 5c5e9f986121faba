package dev.alluxiok8s.kube.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrintableTextTest {

  @Test
  void leavesPrintableTextAsItIs() {
    assertThat(PrintableText.escape("s3a://bücket/ä b \"q\" \\ $")).isEqualTo("s3a://bücket/ä b \"q\" \\ $");
  }

  @Test
  void escapesLineBreaksControlsAndDirectionOverrides() {
    assertThat(PrintableText.escape("a\nb\rc\td\u0000e\u007ff\u0085g\u2028h\u202ei\u2066j\ufeff"))
        .isEqualTo("a\\nb\\rc\\td\\u0000e\\u007ff\\u0085g\\u2028h\\u202ei\\u2066j\\ufeff");
  }

  @Test
  void escapesAnUnprintableFirstCharacterToo() {
    assertThat(PrintableText.escape("\u0000x")).isEqualTo("\\u0000x");
    assertThat(PrintableText.escape("\nerror: forged")).isEqualTo("\\nerror: forged");
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u001f', '\u007f', '\u009f', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069',
      '\u200e', '\u200f', '\u061c', '\ufeff'})
  void theEdgesOfEachUnprintableRangeAreUnprintable(char c) {
    assertThat(PrintableText.isUnprintable(c)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(chars = {' ', '~', '\u00a0', '\u2027', '\u202f', '\u2065', '\u206a', '\u200d', '\u2010', '\u061b',
      '\u061d', '\ufefe', '\uff00'})
  void theirNeighboursPrint(char c) {
    assertThat(PrintableText.isUnprintable(c)).isFalse();
    assertThat(PrintableText.escape("a" + c)).isEqualTo("a" + c);
  }
}
