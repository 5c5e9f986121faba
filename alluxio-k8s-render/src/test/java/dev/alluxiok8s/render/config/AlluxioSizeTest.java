package dev.alluxiok8s.render.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlluxioSizeTest {

  @ParameterizedTest
  @CsvSource({
      "1Gi, 1GB",
      "512Mi, 512MB",
      "1536Mi, 1536MB",
      "2Ti, 2TB",
      "1Pi, 1PB",
      "4Ki, 4KB",
      // Decimal units are not Alluxio's binary ones: keep the exact bytes.
      "1G, 1000000000",
      "500M, 500000000",
      "1k, 1000",
      "1024, 1024",
      "1.5Gi, 1536MB",
      "100, 100",
  })
  void keepsTheExactNumberOfBytes(String quantity, String alluxio) {
    assertThat(AlluxioSize.of(quantity)).isEqualTo(alluxio);
  }
}
