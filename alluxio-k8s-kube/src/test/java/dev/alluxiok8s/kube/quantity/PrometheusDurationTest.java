package dev.alluxiok8s.kube.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The operator's duration grammar: units in order, each once; lengths in milliseconds. */
class PrometheusDurationTest {

  @Test
  void unitsComeFromYearsDownToMillisecondsEachOnce() {
    assertThat(PrometheusDuration.matches("1y2w3d4h5m6s7ms")).isTrue();
    assertThat(PrometheusDuration.matches("30s")).isTrue();
    assertThat(PrometheusDuration.matches("30s1m")).isFalse();
    assertThat(PrometheusDuration.matches("1m1m")).isFalse();
    assertThat(PrometheusDuration.matches("30x")).isFalse();
    // The CRD's bare 0 is not part of the units grammar: who accepts it says so.
    assertThat(PrometheusDuration.matches("0")).isFalse();
  }

  @Test
  void aDurationIsMeasuredInMilliseconds() {
    assertThat(PrometheusDuration.millis("1m30s")).isEqualTo(90_000);
    assertThat(PrometheusDuration.millis("1y1w1d1h1m1s1ms")).isEqualTo(
        365L * 86_400_000 + 7L * 86_400_000 + 86_400_000 + 3_600_000 + 60_000 + 1_000 + 1);
    assertThat(PrometheusDuration.millis("99999999999999999999s")).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> PrometheusDuration.millis("1h30")).isInstanceOf(IllegalArgumentException.class);
  }
}
