package dev.alluxiok8s.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SizeUnitsTest {

  @Test
  void milliBytesAreASlipForMebibytes() {
    assertThat(SizeUnits.mistake("512m")).contains("\"512m\" is 0.512 bytes ('m' means milli); did you mean 512Mi?");
  }

  @Test
  void aSmallNumberWithoutUnitIsASlipForGibibytes() {
    assertThat(SizeUnits.mistake("20"))
        .contains("\"20\" has no unit, so it is 20 bytes; did you mean 20Gi? (units: Ki, Mi, Gi, Ti or k, M, G, T)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"512Mi", "20Gi", "1G", "500M", "1073741824", "1e9", "0", "10GG"})
  void leavesSizesThatMeanWhatTheySay(String size) {
    assertThat(SizeUnits.mistake(size)).isEmpty();
  }

  @Test
  void aUnitlessSizeIsASlipBelowOneMebibyteAndAboveZero() {
    assertThat(SizeUnits.mistake("1048575")).contains("\"1048575\" has no unit, so it is 1048575 bytes; did you mean "
        + "1048575Gi? (units: Ki, Mi, Gi, Ti or k, M, G, T)");
    assertThat(SizeUnits.mistake("1048576")).isEmpty();
  }
}
