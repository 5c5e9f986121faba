package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.schema.overlay.LayeredSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec of exactly the size limit is read, one byte more is refused, however the spec is given. */
class SpecSizeLimitTest {

  private static final byte[] SPEC = SpecFixtures.HEADER.getBytes(StandardCharsets.UTF_8);
  private static final SpecReader AT_LIMIT = SpecReader.create().withLimits(new ReadLimits(SPEC.length, 32, 1 << 16));
  private static final SpecReader BELOW = SpecReader.create().withLimits(new ReadLimits(SPEC.length - 1, 32, 1 << 16));

  @Test
  void aSpecOfExactlyTheLimitIsRead(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("alluxio.yaml"), SPEC);

    assertThat(AT_LIMIT.read(file).metadata().name()).isEqualTo("alluxio");
    assertThat(AT_LIMIT.read("alluxio.yaml", SPEC).metadata().name()).isEqualTo("alluxio");
    assertThat(AT_LIMIT.readText("alluxio.yaml", SpecFixtures.HEADER).metadata().name()).isEqualTo("alluxio");
    assertThat(AT_LIMIT.readDocument(LayeredSpec.of(file).overlay(LayeredSpec.Layer.bytes("prod.yaml", SPEC)))
        .cluster().metadata().name()).isEqualTo("alluxio");
  }

  @Test
  void oneByteMoreIsRefusedAtTheFilesStart(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("alluxio.yaml"), SPEC);
    String tooLarge = ":1:1: error: the file has " + SPEC.length + " bytes; a spec file may have at most " + (SPEC.length - 1);

    assertThat(problem(() -> BELOW.read(file))).isEqualTo(file + tooLarge);
    assertThat(problem(() -> BELOW.read("given.yaml", SPEC))).isEqualTo("given.yaml" + tooLarge);
    assertThat(problem(() -> BELOW.readText("text.yaml", SpecFixtures.HEADER))).isEqualTo("text.yaml" + tooLarge);
    assertThat(problem(() -> BELOW.readDocument(LayeredSpec.of(file)))).isEqualTo(file + tooLarge);
    assertThat(problem(() -> BELOW.readDocument(LayeredSpec.of(LayeredSpec.Layer.bytes("piped.yaml", SPEC)))))
        .isEqualTo("piped.yaml" + tooLarge);
  }

  private static String problem(ThrowingCallable read) {
    String[] line = new String[1];
    assertThatThrownBy(read).isInstanceOfSatisfying(SpecException.class, e -> {
      assertThat(e.diagnostics()).hasSize(1);
      line[0] = DiagnosticFormat.line(e.diagnostics().get(0), "");
    });
    return line[0];
  }
}
