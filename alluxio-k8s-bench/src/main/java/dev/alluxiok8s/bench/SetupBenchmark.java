package dev.alluxiok8s.bench;

import dev.alluxiok8s.schema.KubernetesValidator;
import dev.alluxiok8s.schema.ValidationReport;
import dev.alluxiok8s.schema.manifest.Manifest;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One-time cost in a fresh JVM (each measurement is a new fork with nothing warmed up): building the
 * validator, and building it plus validating the first StatefulSet and DaemonSet, which loads and reflects
 * the client model classes they use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class SetupBenchmark {

  private List<Manifest> typical;

  @Setup
  public void read() throws IOException {
    typical = ValidatorBenchmark.typical();
  }

  @Benchmark
  public KubernetesValidator build() {
    return KubernetesValidator.builder().build();
  }

  @Benchmark
  public ValidationReport buildAndValidateFirst() {
    return KubernetesValidator.builder().build().validate(typical);
  }
}
