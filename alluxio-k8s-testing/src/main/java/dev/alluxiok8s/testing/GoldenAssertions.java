package dev.alluxiok8s.testing;

import dev.alluxiok8s.render.RenderResult;
import java.util.SortedMap;

/**
 * AssertJ entry points for golden-file tests of rendered manifests.
 *
 * <pre>{@code
 * import static dev.alluxiok8s.testing.GoldenAssertions.assertThatRendered;
 *
 * @Test
 * void rendersTheProductionCluster() throws Exception {
 *   AlluxioCluster cluster = SpecReader.create().read(Path.of("deploy/alluxio.yaml"));
 *   RenderResult result = ManifestRenderer.builder().build().render(cluster);
 *
 *   assertThatRendered(result).matchesGoldenFolder(Path.of("src/test/golden/production"), Layout.KUBECTL);
 *   assertThatRendered(result).matchesGoldenFile(Path.of("src/test/golden/production.yaml"));
 * }
 * }</pre>
 *
 * <p>On a mismatch the test fails with a unified diff per file or object. Run once with {@code
 * -Dalluxio.k8s.golden.update=true} to accept the new output (then review it with {@code git
 * diff}); a missing golden is written and fails once, except on CI, where it just fails. See
 * {@link GoldenFiles}.
 */
public final class GoldenAssertions {

  private GoldenAssertions() {}

  /** Assertions on a whole render result, in any layout. */
  public static RenderResultAssert assertThatRendered(RenderResult actual) {
    return new RenderResultAssert(actual);
  }

  /** Assertions on files (relative {@code /}-separated path to content), for example {@code result.files(layout)}. */
  public static FilesAssert assertThatFiles(SortedMap<String, String> actual) {
    return new FilesAssert(actual);
  }

  /** Assertions on YAML text, for example one object or a multi-document stream. */
  public static YamlAssert assertThatYaml(String actual) {
    return new YamlAssert(actual);
  }
}
