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
    Iterator<Long> clock = readings(1_000_000L, 43_500_000L, 165_000_000L);
    Phases phases = new Phases(true, clock::next);
    phases.mark("main");
    phases.mark("command line parsed");
    phases.mark("spec read and checked");

    StringWriter err = new StringWriter();
    phases.print(new PrintWriter(err));

    assertThat(err.toString().lines()).containsExactly(
        "alluxio-k8s: phase command line parsed: 42.5 ms",
        "alluxio-k8s: phase spec read and checked: 121.5 ms",
        "alluxio-k8s: phase total since main: 164.0 ms");
  }

  @Test
  void offItNeitherReadsTheClockNorPrints() {
    Phases phases = new Phases(false, () -> {
      throw new AssertionError("the clock is read although the marks are off");
    });
    phases.mark("main");
    phases.mark("command line parsed");

    StringWriter err = new StringWriter();
    phases.print(new PrintWriter(err));

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theRunsMarksAreOffUnlessThePropertyAsksForThem() {
    StringWriter err = new StringWriter();
    Phases.RUN.print(new PrintWriter(err));

    assertThat(err.toString()).isEmpty();
  }
}
