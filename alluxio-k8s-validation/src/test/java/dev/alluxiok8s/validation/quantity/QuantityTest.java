package dev.alluxiok8s.validation.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

  @Test
  void acceptsTheGrammar() {
    for (Object ok : new Object[] {"1", "1Gi", "512Mi", "500m", "1.5", ".5", "1.", "+1k", "-1", "1e3", "1E-2", "2Ei", "100n", 1L,
        new BigDecimal("0.5")}) {
      assertThat(Quantity.isValid(ok)).as("%s", ok).isTrue();
    }
  }

  @Test
  void rejectsWhatJsonSchemasLetThrough() {
    for (Object bad : new Object[] {"1.5GB", "1g", "512MB", "1 Gi", "", "Gi", "1Gb", "1e", "--1", Double.NaN, true}) {
      assertThat(Quantity.isValid(bad)).as("%s", bad).isFalse();
    }
  }

  @Test
  void comparesInBaseUnits() {
    assertThat(Quantity.parse("1Gi")).isEqualByComparingTo("1073741824");
    assertThat(Quantity.parse("1G")).isEqualByComparingTo("1000000000");
    assertThat(Quantity.parse("500m")).isEqualByComparingTo("0.5");
    assertThat(Quantity.parse("1e3")).isEqualByComparingTo("1000");
    assertThat(Quantity.parse(0.25d)).isEqualByComparingTo("0.25");
  }
}
