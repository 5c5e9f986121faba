package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The parity test's reading of Alluxio size lists, which decides whether two tier quotas match. */
class ChartSizesTest {

  @Test
  void aSizeWithoutAUnitIsBytes() {
    assertThat(ChartParityTest.bytes("1")).containsExactly(BigInteger.ONE);
    assertThat(ChartParityTest.bytes("1")).isNotEqualTo(ChartParityTest.bytes("1K"));
  }

  @Test
  void unitsAreBinaryWithOrWithoutBOrI() {
    assertThat(ChartParityTest.bytes("1K")).containsExactly(BigInteger.valueOf(1024));
    assertThat(ChartParityTest.bytes("2GB,1Gi")).containsExactly(BigInteger.valueOf(2L << 30), BigInteger.valueOf(1L << 30));
    assertThat(ChartParityTest.bytes("1t")).containsExactly(BigInteger.ONE.shiftLeft(40));
  }

  @Test
  void anythingElseMatchesNoQuota() {
    assertThat(ChartParityTest.bytes("1.5G")).containsExactly(BigInteger.valueOf(-1));
  }
}
