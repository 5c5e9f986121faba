package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing of {@link SpecReader} with Jazzer: whatever the bytes, reading ends in
 * a cluster or in diagnostics that each carry a line and column, never an internal error, an
 * exception of another kind, a read slower than 2 s of CPU, or memory past the 256 MB heap of the
 * fuzz run.
 *
 * <p>Seeds, in {@code SpecReaderFuzzTestInputs/}: the samples and every fixture. {@code mvn verify}
 * fuzzes for 20 s in the surefire execution {@code fuzz} (see the module's POM); a longer run is
 * {@code mvn -pl alluxio-k8s-schema test -Dfuzz.duration=10m}. A finding is written as a new seed
 * beside the others, to commit with its fix.
 */
class SpecReaderFuzzTest {

  private static final SpecReader READER = SpecReader.create();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static {
    // The first reads load snakeyaml, the model and Jackson: seconds, not a hang. A valid spec is
    // bound without Jackson (schema.binding), so a second, invalid one loads Jackson's path too;
    // otherwise the first fuzz input that needs it pays for that loading within its own bound.
    try {
      READER.readText("warm-up.yaml", SpecFixtures.HEADER);
    } catch (SpecException e) {
      throw new IllegalStateException(e);
    }
    try {
      READER.readText("warm-up-invalid.yaml", SpecFixtures.HEADER + "  masters:\n    count: two\n");
      throw new IllegalStateException("the invalid warm-up spec was accepted");
    } catch (SpecException expected) {
      // Jackson's path and the diagnostics are loaded now.
    }
  }

  @FuzzTest(maxDuration = "20s")
  void anyInputEndsInAClusterOrLocatedDiagnostics(byte[] input) {
    // CPU time of this thread: wall time on a shared 2-core machine says more about the neighbours.
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      READER.read("fuzz.yaml", input);
    } catch (SpecException e) {
      assertThat(e.diagnostics()).isNotEmpty().allSatisfy(d -> {
        assertThat(d.location()).as(d.message()).isPresent();
        assertThat(d.message()).doesNotContain("please report this");
      });
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
