package dev.alluxiok8s.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the benchmark JVM's CPU time per operation ({@code ·cpu.us.per.op}):
 * the CPU time of all the fork's threads (benchmark, JIT, GC) during each measured iteration,
 * divided by the operations JMH counted. On a machine shared with other work, wall-clock scores
 * include the time the benchmark thread waited for a core; this does not (cache and core sharing
 * still cost). After warm-up the JIT is mostly idle, so this is close to the benchmark thread's own
 * time plus GC.
 *
 * <pre>
 * java -jar alluxio-k8s-bench/target/benchmarks.jar RenderBenchmark -prof dev.alluxiok8s.bench.CpuTimeProfiler
 * </pre>
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long start;

  @Override
  public String getDescription() {
    return "process CPU time per operation (all threads of the fork: benchmark, JIT, GC)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpuNanos = os.getProcessCpuTime() - start;
    long ops = result.getMetadata().getMeasuredOps();
    double microsPerOp = ops == 0 ? Double.NaN : cpuNanos / 1e3 / ops;
    return List.of(new ScalarResult("cpu.us.per.op", microsPerOp, "us/op", AggregationPolicy.AVG));
  }
}
