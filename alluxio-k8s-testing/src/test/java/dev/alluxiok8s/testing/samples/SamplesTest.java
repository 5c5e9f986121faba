package dev.alluxiok8s.testing.samples;

import static dev.alluxiok8s.testing.GoldenAssertions.assertThatRendered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.schema.file.SpecReader;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.layout.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample renders with no validation error or warning, and its kubectl layout is exactly the
 * reviewed {@code samples/<name>/expected/} folder. Checked with the golden kit itself, so a change
 * shows as a diff per file, and {@code -Dalluxio.k8s.golden.update=true} rewrites the folders (review
 * them before committing: they are the project's record of what each scenario deploys).
 */
class SamplesTest {

  static Stream<Path> samples() throws IOException {
    Path root = Path.of(System.getProperty("alluxio.k8s.repo", "..")).resolve("samples");
    try (Stream<Path> folders = Files.list(root)) {
      return folders.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void rendersCleanlyToItsReviewedManifests(Path sample) throws Exception {
    AlluxioCluster cluster = SpecReader.create().read(sample.resolve("alluxio.yaml"));

    RenderResult result = ManifestRenderer.builder().build().render(cluster);

    assertThat(result.report().errors()).isEmpty();
    assertThat(result.report().warnings()).isEmpty();
    assertThatRendered(result).matchesGoldenFolder(sample.resolve("expected"), Layout.KUBECTL);
  }
}
