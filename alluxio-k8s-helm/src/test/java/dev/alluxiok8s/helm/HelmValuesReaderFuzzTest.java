package dev.alluxiok8s.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing of {@link HelmValuesImport}, what {@code alluxio-k8s render
 * --helm-values} reads: whatever the bytes, the import ends in a cluster (with located warnings)
 * or in a {@link HelmValuesException} whose every diagnostic has a line and column; never another
 * exception, an import slower than 2 s of CPU, or memory past the 256 MB heap of the fuzz run.
 *
 * <p>Seeds, in {@code HelmValuesReaderFuzzTestInputs/}: the values files of this module's tests.
 * {@code mvn verify} fuzzes for 20 s in the surefire execution {@code fuzz} (see the module's
 * POM); a longer run is {@code mvn -pl alluxio-k8s-helm test -Dfuzz.duration=10m}.
 */
class HelmValuesReaderFuzzTest {

  private static final HelmValuesImport IMPORT = HelmValuesImport.create();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static {
    // The first import loads the model, the mapping and the property catalog: seconds, not a hang.
    try {
      IMPORT.read("warm-up.yaml", "properties:\n  alluxio.master.mount.table.root.ufs: s3a://b/a\n"
          .getBytes(StandardCharsets.UTF_8));
    } catch (HelmValuesException e) {
      throw new IllegalStateException(e);
    }
  }

  @FuzzTest(maxDuration = "20s")
  void anyValuesEndInAnImportOrLocatedDiagnostics(byte[] input) {
    // CPU time of this thread: wall time on a shared machine says more about the neighbours.
    long start = THREADS.getCurrentThreadCpuTime();
    List<Diagnostic> said;
    try {
      said = IMPORT.read("fuzz.yaml", input).warnings();
    } catch (HelmValuesException e) {
      said = e.diagnostics();
      assertThat(said).isNotEmpty();
    }
    assertThat(said).allSatisfy(d -> assertThat(d.location()).as(DiagnosticFormat.line(d, "")).isPresent());
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
