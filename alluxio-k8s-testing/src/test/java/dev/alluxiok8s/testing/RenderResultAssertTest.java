package dev.alluxiok8s.testing;

import static dev.alluxiok8s.testing.GoldenAssertions.assertThatRendered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.schema.file.SpecReader;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.layout.Layout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit on real render results, the way a downstream project uses it. */
class RenderResultAssertTest {

  private static final GoldenFiles LOCAL = GoldenFiles.from(p -> null, e -> null);

  @TempDir Path dir;

  @Test
  void aRenderMatchesTheGoldensItWrote() throws Exception {
    RenderResult result = render(3);
    Path folder = dir.resolve("kubectl");
    Path stream = dir.resolve("alluxio.yaml");

    assertThatThrownBy(() -> assertThatRendered(result).using(LOCAL).matchesGoldenFolder(folder, Layout.KUBECTL))
        .hasMessageContaining("has been written");
    assertThatThrownBy(() -> assertThatRendered(result).using(LOCAL).matchesGoldenFile(stream))
        .hasMessageContaining("has been written");

    assertThat(folder.resolve("master/alluxio-master-statefulset.yaml")).isRegularFile();
    assertThat(stream).content().isEqualTo(result.stream());
    assertThatCode(() -> assertThatRendered(render(3)).using(LOCAL).matchesGoldenFolder(folder, Layout.KUBECTL)
        .matchesGoldenFile(stream)).doesNotThrowAnyException();
    assertThatCode(() -> assertThatRendered(render(3)).using(LOCAL).matchesGoldenFile(stream)
        .matchesGoldenFolder(folder, Layout.KUBECTL)).doesNotThrowAnyException();
  }

  @Test
  void aChangedClusterNamesTheObjectsThatChanged() throws Exception {
    Path stream = dir.resolve("alluxio.yaml");
    Files.writeString(stream, render(3).stream());

    assertThatThrownBy(() -> assertThatRendered(render(5)).using(LOCAL).matchesGoldenFile(stream))
        .hasMessageContaining("--- golden/StatefulSet/alluxio-master\n")
        .hasMessageContaining("-  replicas: 3\n+  replicas: 5\n");
  }

  private static RenderResult render(int masters) throws Exception {
    String spec = """
        apiVersion: alluxio-k8s.dev/v1alpha1
        kind: AlluxioCluster
        metadata:
          name: alluxio
        spec:
          masters:
            count: %d
          journal:
            type: EMBEDDED
          underStorage:
            rootUri: s3a://analytics/alluxio/
          workers:
            podSecurity:
              level: privileged
              reason: host networking and a hostPath domain socket for short-circuit reads
        """.formatted(masters);
    return ManifestRenderer.builder().build().render(SpecReader.create().readText("alluxio.yaml", spec));
  }
}
