package dev.alluxiok8s.validation.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing of what {@code alluxio-k8s validate} and {@code diff} do with a manifest
 * file: {@link Manifests#read(String, java.io.InputStream)}, then {@link KubernetesValidator} with
 * Alluxio's properties checked. Whatever the bytes, that ends in a located {@link
 * ManifestParseException} or in a report whose every finding has a line and column; never another
 * exception, a read slower than 2 s of CPU, or memory past the 256 MB heap of the fuzz run.
 *
 * <p>Seeds, in {@code ManifestReaderFuzzTestInputs/}: every rule fixture and each sample's rendered
 * output as one stream. {@code mvn verify} fuzzes for 20 s in the surefire execution {@code fuzz}
 * (see the module's POM); a longer run is {@code mvn -pl alluxio-k8s-validation test
 * -Dfuzz.duration=10m}.
 */
class ManifestReaderFuzzTest {

  private static final KubernetesValidator VALIDATOR = KubernetesValidator.builder().alluxioProperties(true).build();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static {
    // The first validation loads the structure tables and the property catalog: seconds, not a hang.
    try {
      VALIDATOR.validate(Manifests.read("warm-up.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n"));
    } catch (ManifestParseException e) {
      throw new IllegalStateException(e);
    }
  }

  @FuzzTest(maxDuration = "20s")
  void anyManifestsEndInFindingsOrALocatedProblem(byte[] input) throws IOException {
    // CPU time of this thread: wall time on a shared machine says more about the neighbours.
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      List<Manifest> manifests = Manifests.read("fuzz.yaml", new ByteArrayInputStream(input));
      ValidationReport report = VALIDATOR.validate(manifests);
      assertThat(report.findings()).allSatisfy(d -> assertThat(d.location()).as(DiagnosticFormat.line(d, "")).isPresent());
    } catch (ManifestParseException e) {
      assertThat(e.location().line()).isPositive();
      assertThat(e.location().column()).isPositive();
    }
    assertThat(Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  /** The bound of the fuzz run is real: its JVM cannot hold more than 256 MB, so no input can either. */
  @Test
  void whenFuzzingTheHeapIsBoundTo256Megabytes() {
    assumeTrue(System.getenv("JAZZER_FUZZ") != null, "only the fuzz execution runs with the bounded heap");
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L << 20);
    assertThatThrownBy(() -> consume(new byte[300 << 20])).isInstanceOf(OutOfMemoryError.class);
  }

  private static void consume(byte[] bytes) {
    assertThat(bytes).hasSize(300 << 20);
  }
}
