package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhasesTest {

  /** A clock that answers the given nanosecond readings in turn. */
  private static Iterator<Long> readings(Long... nanos) {
    return List.of(nanos).iterator();
  }

  @Test
  void eachPhaseIsTheTimeSinceThePreviousMarkAndTheTotalSinceTheFirst() {
    Iterator<Long> wall = readings(1_000_000L, 43_500_000L, 165_000_000L);
    Iterator<Long> cpu = readings(30_000_000L, 70_000_000L, 200_000_000L);
    Phases phases = new Phases(true, wall::next, cpu::next);
    phases.mark("main");
    phases.mark("command line parsed");
    phases.mark("spec read and checked");

    StringWriter err = new StringWriter();
    phases.print(new PrintWriter(err));

    assertThat(err.toString().lines()).containsExactly(
        "alluxio-k8s: phase command line parsed: 42.5 ms wall, 40.0 ms CPU",
        "alluxio-k8s: phase spec read and checked: 121.5 ms wall, 130.0 ms CPU",
        "alluxio-k8s: phase total since main: 164.0 ms wall, 170.0 ms CPU");
  }

  @Test
  void offItNeitherReadsTheClockNorPrints() {
    LongSupplierThatFails unread = new LongSupplierThatFails();
    Phases phases = new Phases(false, unread, unread);
    phases.mark("main");
    phases.mark("command line parsed");

    StringWriter err = new StringWriter();
    phases.print(new PrintWriter(err));

    assertThat(err.toString()).isEmpty();
  }

  /** A clock that must not be read. */
  private static final class LongSupplierThatFails implements java.util.function.LongSupplier {
    @Override
    public long getAsLong() {
      throw new AssertionError("a clock is read although the marks are off");
    }
  }

  @Test
  void theRunsMarksAreOffUnlessThePropertyAsksForThem() {
    StringWriter err = new StringWriter();
    Phases.RUN.print(new PrintWriter(err));

    assertThat(err.toString()).isEmpty();
  }
}
