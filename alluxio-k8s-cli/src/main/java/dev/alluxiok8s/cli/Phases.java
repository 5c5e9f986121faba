package dev.alluxiok8s.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Where one run's time goes, phase by phase, for the start-up budget of {@code bench/README.md}:
 * with {@code -Dalluxio.k8s.phases=true} (through {@code ALLUXIO_K8S_JAVA_OPTS}), each phase's
 * wall time since the previous mark is printed on standard error when the command ends.
 *
 * <pre>{@code
 * ALLUXIO_K8S_JAVA_OPTS=-Dalluxio.k8s.phases=true bin/alluxio-k8s render alluxio.yaml >/dev/null
 * alluxio-k8s: phase command line parsed: 41.2 ms
 * alluxio-k8s: phase spec read: 120.9 ms
 * ...
 * }</pre>
 *
 * <p>Off, a mark costs one field read: the marks stay in the code that users run, so the budget
 * measures that code and not a copy of it. The time before {@code main} (the JVM's own start) is
 * not seen from here; {@code bench/budget.sh} takes it from the JVM's class-loading log.
 */
final class Phases {

  /** The marks of this process: what {@code main} and the commands mark. */
  static final Phases RUN = new Phases(Boolean.getBoolean("alluxio.k8s.phases"), System::nanoTime);

  private final boolean on;
  private final LongSupplier clock;
  private final List<String> names = new ArrayList<>();
  private final List<Long> times = new ArrayList<>();

  Phases(boolean on, LongSupplier clock) {
    this.on = on;
    this.clock = clock;
  }

  /** Ends the phase called {@code name} now; the first mark only starts the clock. */
  void mark(String name) {
    if (on) {
      times.add(clock.getAsLong());
      names.add(name);
    }
  }

  /**
   * Prints each phase's time on {@code err}, then the total since the first mark. Locale-free
   * on purpose: the figures are read by scripts.
   */
  void print(PrintWriter err) {
    if (!on || times.isEmpty()) {
      return;
    }
    for (int i = 1; i < times.size(); i++) {
      err.println(String.format(Locale.ROOT, "alluxio-k8s: phase %s: %.1f ms", names.get(i),
          (times.get(i) - times.get(i - 1)) / 1e6));
    }
    err.println(String.format(Locale.ROOT, "alluxio-k8s: phase total since %s: %.1f ms", names.get(0),
        (times.get(times.size() - 1) - times.get(0)) / 1e6));
    err.flush();
  }
}
