package dev.alluxiok8s.render.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A naming is a value: two namings are equal when they name the same objects. */
class NamingValueTest {

  @Test
  void chartNamingsAreEqualOnlyWithTheSameJournalClaim() {
    assertThat(Naming.chart("my-journal")).isEqualTo(Naming.chart("my-journal"))
        .hasSameHashCodeAs(Naming.chart("my-journal"))
        .isNotEqualTo(Naming.chart())
        .isNotEqualTo(Naming.modern());
    assertThat(new HashSet<>(List.of(Naming.chart("my-journal"), Naming.chart("my-journal"), Naming.modern())))
        .hasSize(2);
  }

  @Test
  void onlyAChartNamingSaysSo() {
    assertThat(Naming.chart().isChart()).isTrue();
    assertThat(Naming.modern().isChart()).isFalse();
  }

  @Test
  void itsTextNamesTheStyleAndTheClaim() {
    assertThat(Naming.modern()).hasToString("modern");
    assertThat(Naming.chart("my-journal")).hasToString("chart(my-journal)");
  }
}
