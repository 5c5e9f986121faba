package dev.alluxiok8s.helm.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlluxioSizesTest {

  @Test
  void alluxioUnitsAreBinaryWhateverTheirSpelling() {
    assertThat(AlluxioSizes.toQuantity("1GB")).contains("1Gi");
    assertThat(AlluxioSizes.toQuantity("1G")).contains("1Gi");
    assertThat(AlluxioSizes.toQuantity("10gb")).contains("10Gi");
    assertThat(AlluxioSizes.toQuantity("512MB")).contains("512Mi");
    assertThat(AlluxioSizes.toQuantity("1.5GB")).contains("1536Mi");
    assertThat(AlluxioSizes.toQuantity("1048576")).contains("1048576");
  }

  @Test
  void kubernetesBinaryQuantitiesAreKeptAndNonsenseIsRefused() {
    assertThat(AlluxioSizes.toQuantity("2Gi")).contains("2Gi");
    assertThat(AlluxioSizes.toQuantity("lots")).isEqualTo(Optional.empty());
    assertThat(AlluxioSizes.toQuantity("1XB")).isEqualTo(Optional.empty());
  }

  @Test
  void aFractionOfAUnitFallsToTheLargestSmallerUnitThatMakesItWhole() {
    assertThat(AlluxioSizes.toQuantity("1.5MB")).contains("1536Ki");
    assertThat(AlluxioSizes.toQuantity("0.5KB")).contains("512");
  }
}
