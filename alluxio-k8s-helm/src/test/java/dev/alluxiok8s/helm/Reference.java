package dev.alluxiok8s.helm;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reference renders of Alluxio's chart, found through the system property
 * {@code alluxio.k8s.reference}; tests that need them are skipped (an assumption) when absent,
 * as in users' clones.
 */
final class Reference {

  private Reference() {}

  /** The folder of one chart's cases, or a skipped test. */
  static Path chart(String folder) {
    String prop = System.getProperty("alluxio.k8s.reference");
    Path root = prop == null ? null : Path.of(prop);
    assumeThat(root != null && Files.isDirectory(root.resolve(folder)))
        .as("the Alluxio chart reference renders are not at %s (system property alluxio.k8s.reference); "
            + "these checks need ../shared/reference next to the repository", prop)
        .isTrue();
    return root.resolve(folder);
  }

  /** Every case folder of a chart, by name. */
  static List<Path> cases(Path chart) throws IOException {
    try (Stream<Path> s = Files.list(chart)) {
      return s.filter(d -> Files.isRegularFile(d.resolve("values.yaml"))).sorted().toList();
    }
  }
}
