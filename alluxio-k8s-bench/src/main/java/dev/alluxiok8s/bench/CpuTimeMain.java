package dev.alluxiok8s.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A cross-check of the JMH figures on a busy machine: the same operations on the same state, timed
 * by the benchmark thread's own CPU time rather than by the wall clock, so time the thread spends
 * waiting for a core that other processes hold does not count. (Cache and core sharing still
 * do.) Each operation runs for {@code rounds} rounds of one CPU-second; the first {@code warmup}
 * rounds are dropped.
 *
 * <pre>
 * java -cp alluxio-k8s-bench/target/benchmarks.jar dev.alluxiok8s.bench.CpuTimeMain [rounds=8] [warmup=3]
 * </pre>
 */
public final class CpuTimeMain {

  private CpuTimeMain() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    RenderBenchmark render = new RenderBenchmark();
    render.setUp();
    ValidatorBenchmark validator = new ValidatorBenchmark();
    validator.setUp();

    Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
    ops.put("RenderBenchmark.renderAndWrite", render::renderAndWrite);
    ops.put("RenderBenchmark.render", render::render);
    ops.put("RenderBenchmark.kubeTrees", render::kubeTrees);
    ops.put("RenderBenchmark.writeTrees", render::writeTrees);
    ops.put("RenderBenchmark.renderValidateWrite", () -> {
      try {
        return render.renderValidateWrite();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    ops.put("ValidatorBenchmark.statefulSetAndDaemonSet (per call = 2 documents)", validator::statefulSetAndDaemonSet);

    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    System.out.printf("%-72s %10s %10s %10s  (us/op of thread CPU time, %d rounds after %d warm-up)%n",
        "operation", "min", "median", "max", rounds - warmup, warmup);
    for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
      double[] perOp = new double[rounds - warmup];
      int sink = 0;
      for (int round = 0; round < rounds; round++) {
        long start = mx.getCurrentThreadCpuTime();
        long n = 0;
        long elapsed;
        do {
          for (int i = 0; i < 10; i++) {
            sink += op.getValue().get().hashCode();
          }
          n += 10;
          elapsed = mx.getCurrentThreadCpuTime() - start;
        } while (elapsed < 1_000_000_000L);
        if (round >= warmup) {
          perOp[round - warmup] = elapsed / 1e3 / n;
        }
      }
      Arrays.sort(perOp);
      System.out.printf("%-72s %10.1f %10.1f %10.1f%s%n", op.getKey(), perOp[0], perOp[perOp.length / 2],
          perOp[perOp.length - 1], sink == 42 ? " " : "");
    }
    List<String> notes = List.of(
        "ValidatorBenchmark: documents/s per core = 2 / (us per call) * 1e6");
    notes.forEach(System.out::println);
  }
}
