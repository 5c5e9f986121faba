package dev.alluxiok8s.helm;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The documentation page the tests check, found through the system property {@code alluxio.k8s.repo};
 * tests that need it are skipped (an assumption) when absent. The reference renders of Alluxio's
 * chart are read by the command line's tests, which render the imports.
 */
final class Reference {

  private Reference() {}

  /** The text of the documentation page "Migrating from the Helm chart", or a skipped test. */
  static String migrationPage() throws IOException {
    String repo = System.getProperty("alluxio.k8s.repo");
    Path page = repo == null ? null : Path.of(repo, "src/site/markdown/migrating-from-helm.md");
    assumeThat(page != null && Files.exists(page)).as("the documentation is not at %s (system property alluxio.k8s.repo)", page)
        .isTrue();
    return Files.readString(page, StandardCharsets.UTF_8);
  }
}
