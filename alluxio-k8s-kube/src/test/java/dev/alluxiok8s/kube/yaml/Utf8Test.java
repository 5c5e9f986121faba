package dev.alluxiok8s.kube.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

  @Test
  void decodesUtf8AndDropsAByteOrderMark() throws Exception {
    assertThat(Utf8.decode("a.yaml", "\uFEFFname: \u65e5\u672c\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("name: \u65e5\u672c\n");
    assertThat(Utf8.decode("a.yaml", new byte[0])).isEmpty();
  }

  @Test
  void namesTheBadBytesLineAndColumn() {
    byte[] good = "a: 1\nb: 2\nc: x".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 1];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xFF;
    ReadProblem p = catchThrowableOfType(ReadException.class, () -> Utf8.decode("a.yaml", bad)).problem();
    assertThat(p.location()).isEqualTo(new SourceLocation("a.yaml", 3, 5));
    assertThat(p.message()).isEqualTo("the file is not valid UTF-8 (byte " + good.length + "); save it as UTF-8");
  }

  @Test
  void countsColumnsInCharactersNotBytes() {
    byte[] good = "\u00e9\u00e9: ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 2];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xC3; // a lead byte without its continuation
    bad[good.length + 1] = 'A';
    ReadProblem p = catchThrowableOfType(ReadException.class, () -> Utf8.decode("a.yaml", bad)).problem();
    assertThat(p.location()).isEqualTo(new SourceLocation("a.yaml", 1, 5));
  }
}
