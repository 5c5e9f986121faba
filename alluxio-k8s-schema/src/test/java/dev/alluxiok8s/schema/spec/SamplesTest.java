package dev.alluxiok8s.schema.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.schema.file.SpecException;
import dev.alluxiok8s.schema.file.SpecReader;
import dev.alluxiok8s.schema.file.SpecWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec files under {@code samples/}, one per scenario of Alluxio's Kubernetes guide: each is
 * a complete cluster that the reader accepts (every invariant holds), that fits the published
 * schema, and that an editor can tie to the schema through its first line.
 */
class SamplesTest {

  /** The scenarios of Alluxio's Kubernetes guide that the samples cover, one folder each. */
  private static final Set<String> SCENARIOS = Set.of(
      "single-master-local-journal", "single-master-hdfs-journal", "multi-master-embedded-journal",
      "s3-under-store", "hdfs-under-store", "rocks-metastore", "multiple-secrets", "tiered-mem-only",
      "tiered-mem-ssd", "tiered-single-tier-multi-dir", "fuse", "short-circuit-uuid", "remote-hdfs-host-aliases",
      "logserver-proxy-metrics", "csi", "fuse-in-worker");

  // One of each for all samples: a new mapper warms its serializer caches again (~0.3 s each).
  private static final SpecReader READER = SpecReader.create();
  private static final SpecWriter WRITER = SpecWriter.create();

  private static Path samplesDir() {
    String repo = System.getProperty("alluxio.k8s.repo");
    assertThat(repo).as("system property alluxio.k8s.repo (set by the parent POM's surefire configuration)").isNotNull();
    return Path.of(repo, "samples");
  }

  static Stream<String> samples() throws IOException {
    try (Stream<Path> folders = Files.list(samplesDir())) {
      return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  void thereIsExactlyOneSamplePerScenario() throws IOException {
    assertThat(new TreeSet<>(samples().toList())).containsExactlyElementsOf(new TreeSet<>(SCENARIOS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theReaderAcceptsIt(String sample) throws IOException {
    Path file = file(sample);

    AlluxioCluster cluster = read(file);

    PodSecurityExemption workers = cluster.spec().workers().podSecurity().orElseThrow(() ->
        new AssertionError(sample + ": workers use hostNetwork and hostPath, so spec.workers.podSecurity must say why"));
    assertThat(workers.level()).isEqualTo(PodSecurityLevel.PRIVILEGED);
    if (cluster.spec().fuse().ownDaemonSet()) {
      assertThat(cluster.spec().fuse().podSecurity()).as("%s: an enabled FUSE needs spec.fuse.podSecurity", sample).isPresent();
    }
    if (cluster.spec().csi().enabled()) {
      assertThat(cluster.spec().csi().podSecurity()).as("%s: an enabled CSI driver needs spec.csi.podSecurity", sample).isPresent();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void itFitsTheSchema(String sample) throws IOException {
    assertThat(SpecSchema.validate(Files.readString(file(sample)))).as(sample).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void writtenBackWithEveryDefaultItStillFitsTheSchemaAndReadsTheSame(String sample) throws IOException {
    AlluxioCluster cluster = read(file(sample));

    String written = WRITER.write(cluster);

    assertThat(SpecSchema.validate(written)).as("%s as SpecWriter writes it:%n%s", sample, written).isEmpty();
    assertThat(readText(sample, written)).isEqualTo(cluster);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void itNamesTheSchemaAndSaysWhatTheScenarioIs(String sample) throws IOException {
    Path file = file(sample);
    List<String> lines = Files.readAllLines(file);

    // A name beside the spec, not a path into this repository: it still resolves once the sample
    // is copied elsewhere with the schema the CLI writes (the CLI's own tests write it there).
    assertThat(lines.get(0)).isEqualTo(SpecSchema.MODELINE);
    assertThat(lines.get(1)).as("%s: the second line says how to write the schema beside it", sample)
        .contains("bin/alluxio-k8s schema > " + SpecSchema.FILE_NAME);
    List<String> description = lines.stream().skip(2).takeWhile(l -> l.startsWith("#"))
        .filter(l -> l.length() > 2).toList();
    assertThat(description).as("%s: a comment on top saying what the scenario is and when to use it", sample)
        .hasSizeGreaterThanOrEqualTo(2);
  }

  private static Path file(String sample) {
    return samplesDir().resolve(sample).resolve("alluxio.yaml");
  }

  private static AlluxioCluster read(Path file) throws IOException {
    try {
      return READER.read(file);
    } catch (SpecException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static AlluxioCluster readText(String source, String text) {
    try {
      return READER.readText(source, text);
    } catch (SpecException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
