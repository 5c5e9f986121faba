package dev.alluxiok8s.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Where one run's time goes, phase by phase, for the start-up budget of {@code bench/README.md}:
 * with {@code -Dalluxio.k8s.phases=true} (through {@code ALLUXIO_K8S_JAVA_OPTS}), each phase's
 * wall time since the previous mark, and the CPU time the whole process (JIT compiler and garbage
 * collector included) spent meanwhile, are printed on standard error when the command ends. On a
 * loaded machine the CPU time is the steadier figure; the kernel counts it in ticks of 10 ms.
 *
 * <pre>{@code
 * ALLUXIO_K8S_JAVA_OPTS=-Dalluxio.k8s.phases=true bin/alluxio-k8s render alluxio.yaml >/dev/null
 * alluxio-k8s: phase command line parsed: 41.2 ms wall, 40.0 ms CPU
 * alluxio-k8s: phase spec read and checked: 120.9 ms wall, 130.0 ms CPU
 * ...
 * }</pre>
 *
 * <p>Off, a mark costs one field read: the marks stay in the code that users run, so the budget
 * measures that code and not a copy of it. The time before {@code main} (the JVM's own start) is
 * not seen from here; {@code bench/budget.sh} takes it from the JVM's class-loading log.
 */
final class Phases {

  /** The marks of this process: what {@code main} and the commands mark. */
  static final Phases RUN = new Phases(Boolean.getBoolean("alluxio.k8s.phases"), System::nanoTime,
      () -> ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L));

  private final boolean on;
  private final LongSupplier wallClock;
  private final LongSupplier cpuClock;
  private final List<String> names = new ArrayList<>();
  private final List<Long> walls = new ArrayList<>();
  private final List<Long> cpus = new ArrayList<>();

  /** Marks read {@code wallClock} and {@code cpuClock}, both in nanoseconds, when {@code on}. */
  Phases(boolean on, LongSupplier wallClock, LongSupplier cpuClock) {
    this.on = on;
    this.wallClock = wallClock;
    this.cpuClock = cpuClock;
  }

  /** Ends the phase called {@code name} now; the first mark only starts the clock. */
  void mark(String name) {
    if (on) {
      walls.add(wallClock.getAsLong());
      cpus.add(cpuClock.getAsLong());
      names.add(name);
    }
  }

  /**
   * Prints each phase's time on {@code err}, then the total since the first mark. Locale-free
   * on purpose: the figures are read by scripts.
   */
  void print(PrintWriter err) {
    if (!on || walls.isEmpty()) {
      return;
    }
    for (int i = 1; i < walls.size(); i++) {
      line(err, names.get(i), walls.get(i) - walls.get(i - 1), cpus.get(i) - cpus.get(i - 1));
    }
    int last = walls.size() - 1;
    line(err, "total since " + names.get(0), walls.get(last) - walls.get(0), cpus.get(last) - cpus.get(0));
    err.flush();
  }

  private static void line(PrintWriter err, String phase, long wallNanos, long cpuNanos) {
    err.println(String.format(Locale.ROOT, "alluxio-k8s: phase %s: %.1f ms wall, %.1f ms CPU", phase,
        wallNanos / 1e6, cpuNanos / 1e6));
  }
}
