package dev.alluxiok8s.kube.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "1Gi, 1073741824",
    "1Mi, 1048576",
    "1Ki, 1024",
    "1Ei, 1152921504606846976",
    "2E, 2000000000000000000",
    "1P, 1000000000000000",
    "2G, 2000000000",
    "1k, 1000",
    "500m, 0.5",
    "250u, 0.00025",
    "1n, 0.000000001",
    "1e3, 1000",
    "1E3, 1000",
    "1e-3, 0.001",
    "1.5e+2, 150",
    ".5, 0.5",
    "5., 5",
    "+1, 1",
    "-1, -1",
    "0, 0",
    "0.5Gi, 536870912",
    "1e300, 1e300",
    "1e-300, 1e-300",
  })
  void parsesTheApiServersGrammar(String text, BigDecimal value) {
    Quantity q = Quantity.parse(text).orElseThrow();
    assertThat(q.value()).isEqualByComparingTo(value);
    assertThat(q.text()).isEqualTo(text);
    assertThat(q.toString()).isEqualTo(text);
    assertThat(Quantity.isValid(text)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"1GB", "1g", "10GG", "1.5.2", "", " 1", "1 ", "Gi", "e3", "1e", "1e3Gi", "1Gb", "-", "+",
      ".", "1,5", "0x10", "1e301", "1e-301", "1e99999999999"})
  void refusesWhatTheApiServerRefuses(String text) {
    assertThat(Quantity.parse(text)).isEmpty();
    assertThat(Quantity.isValid(text)).isFalse();
  }

  @Test
  void comparesByValueNotByText() {
    Quantity gibi = Quantity.parse("1Gi").orElseThrow();
    assertThat(gibi).isEqualTo(Quantity.parse("1024Mi").orElseThrow())
        .hasSameHashCodeAs(Quantity.parse("1024Mi").orElseThrow());
    assertThat(Quantity.parse("1").orElseThrow()).isEqualTo(Quantity.parse("1000m").orElseThrow())
        .hasSameHashCodeAs(Quantity.parse("1000m").orElseThrow());
    assertThat(Quantity.parse("1G").orElseThrow()).isNotEqualTo(gibi).isLessThan(gibi);
    assertThat(Quantity.parse("1e3").orElseThrow()).isEqualByComparingTo(Quantity.parse("1k").orElseThrow());
  }

  @Test
  void knowsItsSign() {
    assertThat(Quantity.parse("-1m").orElseThrow().isNegative()).isTrue();
    assertThat(Quantity.parse("0").orElseThrow().isNegative()).isFalse();
    assertThat(Quantity.parse("-0").orElseThrow().isNegative()).isFalse();
  }

  @Property(tries = 200)
  void binarySuffixesAre1024Apart(@ForAll @IntRange(min = 0, max = 1_000_000) int n) {
    String[] suffixes = {"Ki", "Mi", "Gi", "Ti", "Pi"};
    for (int i = 1; i < suffixes.length; i++) {
      Quantity larger = Quantity.parse(n + suffixes[i]).orElseThrow();
      Quantity smaller = Quantity.parse((long) n * 1024 + suffixes[i - 1]).orElseThrow();
      assertThat(larger).isEqualTo(smaller).hasSameHashCodeAs(smaller);
    }
  }

  /** Tree values: strings, and numbers read from YAML, which the API server sees as their JSON text. */
  @Test
  void treeValuesAcceptTheGrammarOnly() {
    for (Object ok : new Object[] {"1", "1Gi", "512Mi", "500m", "1.5", ".5", "1.", "+1k", "-1", "1e3", "1E-2", "2Ei",
        "100n", 1L, new BigDecimal("0.5")}) {
      assertThat(Quantity.ofTreeValue(ok)).as("%s", ok).isPresent();
    }
    for (Object bad : new Object[] {"1.5GB", "1g", "512MB", "1 Gi", "", "Gi", "1Gb", "1e", "--1", Double.NaN, true,
        null}) {
      assertThat(Quantity.ofTreeValue(bad)).as("%s", bad).isEmpty();
    }
  }

  @Test
  void treeValuesCompareInBaseUnits() {
    assertThat(Quantity.ofTreeValue("1G").orElseThrow().value()).isEqualByComparingTo("1000000000");
    assertThat(Quantity.ofTreeValue(0.25d).orElseThrow().value()).isEqualByComparingTo("0.25");
    assertThat(Quantity.textOf(0.25d)).isEqualTo("0.25");
    assertThat(Quantity.textOf(true)).isNull();
  }
}
