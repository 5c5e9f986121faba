package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assumptions.assumeThat;

import dev.alluxiok8s.helm.ChartLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The reference renders of Alluxio's chart and the documentation page the tests check, found through the system property
 * {@code alluxio.k8s.reference}; tests that need them are skipped (an assumption) when absent,
 * as in users' clones.
 */
final class Reference {

  private Reference() {}

  /** The reference folder, or null when this clone has none beside it. */
  static Path root() {
    String prop = System.getProperty("alluxio.k8s.reference");
    Path root = prop == null ? null : Path.of(prop);
    return root != null && Files.isDirectory(root) ? root : null;
  }

  /** The folder of one chart's cases, or a skipped test. */
  static Path chart(String folder) {
    Path root = root();
    assumeThat(root != null && Files.isDirectory(root.resolve(folder)))
        .as("the Alluxio chart reference renders are not at %s (system property alluxio.k8s.reference); "
            + "these checks need ../shared/reference next to the repository", System.getProperty("alluxio.k8s.reference"))
        .isTrue();
    return root.resolve(folder);
  }

  /**
   * Every case of both charts: its display name, its folder, and the chart line its values are
   * written for. Without the reference folder, one case whose test is skipped by
   * {@link #present}: an assumption that fails inside a method source would make the tests vanish
   * from the report instead of being reported as skipped.
   */
  static Stream<Arguments> allCases() throws IOException {
    if (root() == null) {
      return Stream.of(Arguments.of("reference renders absent", null, null));
    }
    Stream.Builder<Arguments> all = Stream.builder();
    for (String chart : CHARTS) {
      ChartLine version = chart.contains("0.5") ? ChartLine.V0_5 : ChartLine.V0_6;
      for (Path kase : cases(chart(chart))) {
        all.add(Arguments.of(chart + "/" + kase.getFileName(), kase, version));
      }
    }
    return all.build();
  }

  /** Skips the calling test when {@code kase} is the stand-in {@link #allCases} gives without the reference. */
  static Path present(Path kase) {
    return kase != null ? kase : chart(CHARTS[0]);
  }

  private static final String[] CHARTS = {"alluxio-helm-0.5.2", "alluxio-helm-0.6.54"};

  /** The text of the documentation page "Migrating from the Helm chart", or a skipped test. */
  static String migrationPage() throws IOException {
    String repo = System.getProperty("alluxio.k8s.repo");
    Path page = repo == null ? null : Path.of(repo, "src/site/markdown/migrating-from-helm.md");
    assumeThat(page != null && Files.exists(page)).as("the documentation is not at %s (system property alluxio.k8s.repo)", page)
        .isTrue();
    return Files.readString(page, StandardCharsets.UTF_8);
  }

  /** Every case folder of a chart, by name. */
  static List<Path> cases(Path chart) throws IOException {
    try (Stream<Path> s = Files.list(chart)) {
      return s.filter(d -> Files.isRegularFile(d.resolve("values.yaml"))).sorted().toList();
    }
  }
}
