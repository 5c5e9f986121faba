package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * Coverage-guided fuzzing of {@link SpecReader} with Jazzer: whatever the bytes, reading ends in
 * a cluster or in diagnostics that each carry a line and column, never an internal error, an
 * exception of another kind, or a read slower than 2 s.
 *
 * <p>{@code mvn verify} replays the committed seeds: the samples and every fixture, in {@code
 * SpecReaderFuzzTestInputs/}. {@code JAZZER_FUZZ=1 mvn -pl alluxio-k8s-schema test
 * -Dtest=SpecReaderFuzzTest} fuzzes for the 20 s below; a finding is written as a new seed beside
 * the others, to commit with its fix.
 */
class SpecReaderFuzzTest {

  private static final SpecReader READER = SpecReader.create();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static {
    // The first read loads Jackson, snakeyaml and the model: seconds, not a hang.
    try {
      READER.readText("warm-up.yaml", SpecFixtures.HEADER);
    } catch (SpecException e) {
      throw new IllegalStateException(e);
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
}
