package dev.alluxiok8s.kube.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
