package dev.alluxiok8s.render.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.spec.SpecReader;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.layout.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample renders with no validation error or warning, and its kubectl layout is exactly the
 * reviewed {@code samples/<name>/expected/} folder.
 */
class SamplesTest {

  static Stream<Path> samples() throws IOException {
    Path root = Path.of(System.getProperty("alluxio.k8s.repo", "..")).resolve("samples");
    return Files.list(root).filter(Files::isDirectory).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void rendersCleanlyToItsReviewedManifests(Path sample) throws Exception {
    AlluxioCluster cluster = SpecReader.create().read(sample.resolve("alluxio.yaml"));

    RenderResult result = ManifestRenderer.builder().build().render(cluster);

    assertThat(result.report().errors()).isEmpty();
    assertThat(result.report().warnings()).isEmpty();
    assertThat(result.files(Layout.KUBECTL)).isEqualTo(read(sample.resolve("expected")));
  }

  private static SortedMap<String, String> read(Path folder) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
