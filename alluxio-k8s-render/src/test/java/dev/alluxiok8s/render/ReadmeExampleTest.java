package dev.alluxiok8s.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.render.security.WorkerPodSecurity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's Java example builds the smallest cluster and renders it. The example is the code
 * between the markers below, character for character (without this file's indentation), so the
 * README cannot show code that no longer compiles or no longer renders.
 */
class ReadmeExampleTest {

  private static final Path SELF = Path.of("src/test/java/dev/alluxiok8s/render/ReadmeExampleTest.java");

  @Test
  void theMinimalClusterOfTheReadmeRendersWithAWarning() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream err = System.err;
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    RenderResult result;
    try {
      // README begin
      AlluxioCluster cluster = AlluxioCluster.builder()
          .metadata(ClusterMetadata.named("alluxio"))
          .spec(ClusterSpec.builder().underStorage(UnderStorage.at("s3a://bucket/")).build())
          .build();
      result = ManifestRenderer.builder().build().render(cluster);
      result.report().warnings().forEach(System.err::println);   // RENDER-WORKERS-DEFAULT-EXEMPTION
      // README end
    } finally {
      System.setErr(err);
    }

    assertThat(result.report().errors()).isEmpty();
    assertThat(result.report().warnings()).extracting(Diagnostic::ruleId).containsExactly(WorkerPodSecurity.RULE);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .startsWith("warning: spec.workers.podSecurity: workers fall below Pod Security baseline");
    assertThat(result.stream()).contains("kind: DaemonSet", "alluxio-k8s.dev/pod-security-level: privileged");
  }

  @Test
  void theReadmeShowsExactlyTheCodeThisTestRuns() throws Exception {
    List<String> lines = Files.readAllLines(SELF);
    int begin = lines.indexOf("      // README begin");
    int end = lines.indexOf("      // README end");
    String example = String.join("\n", lines.subList(begin + 1, end).stream().map(l -> l.substring(6)).toList())
        .replace("result = ", "RenderResult result = ");
    Path readme = Path.of(System.getProperty("alluxio.k8s.repo", "..")).resolve("README.md");

    assertThat(begin).isPositive();
    assertThat(Files.readString(readme)).contains("```java\n" + example + "\n```\n");
  }
}
