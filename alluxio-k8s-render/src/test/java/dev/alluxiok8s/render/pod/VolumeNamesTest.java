package dev.alluxiok8s.render.pod;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VolumeNamesTest {

  @Test
  void aNameThatFitsALabelOnlyTradesItsDotsForDashes() {
    String name = "corp." + "a".repeat(51);

    assertThat(VolumeNames.derive("secret-", name)).isEqualTo("secret-corp-" + "a".repeat(51)).hasSize(63);
  }

  @Test
  void aLongerNameIsCutToALabelEndingInAHashOfTheWholeName() {
    String cut = "claim-corp-" + "b".repeat(41);

    // The first 10 hex digits of SHA-256("corp." + 60 b's), and of 61 b's: the cut is the same.
    assertThat(VolumeNames.derive("claim-", "corp." + "b".repeat(60))).isEqualTo(cut + "-d37585519b").hasSize(63);
    assertThat(VolumeNames.derive("claim-", "corp." + "b".repeat(61))).isEqualTo(cut + "-06fc09c9a0");
  }

  @Test
  void aCutEndingOnADashDropsItBeforeTheHash() {
    assertThat(VolumeNames.derive("secret-", "x".repeat(44) + ".tls" + "y".repeat(20)))
        .isEqualTo("secret-" + "x".repeat(44) + "-48c9d59730");
  }
}
