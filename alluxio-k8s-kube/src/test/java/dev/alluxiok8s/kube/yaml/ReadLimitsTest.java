package dev.alluxiok8s.kube.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;

class ReadLimitsTest {

  @Test
  void theDefaultsAreFarAboveAnyRealSpec() {
    assertThat(ReadLimits.defaults()).isEqualTo(new ReadLimits(1024 * 1024, 32, 64 * 1024));
  }

  @Test
  void jacksonIsBoundedTheSameWay() {
    StreamReadConstraints c = new ReadLimits(2048, 7, 99).streamReadConstraints();

    assertThat(c.getMaxDocumentLength()).isEqualTo(2048);
    assertThat(c.getMaxNestingDepth()).isEqualTo(7);
    assertThat(c.getMaxStringLength()).isEqualTo(99);
  }

  @Test
  void everyBoundIsPositive() {
    assertThat(new ReadLimits(1, 1, 1).maxBytes()).isEqualTo(1);
    assertThatThrownBy(() -> new ReadLimits(0, 1, 1)).hasMessage("read limits must be positive");
    assertThatThrownBy(() -> new ReadLimits(1, 0, 1)).hasMessage("read limits must be positive");
    assertThatThrownBy(() -> new ReadLimits(1, 1, 0)).hasMessage("read limits must be positive");
  }

  @Test
  void nestingIsCappedBecauseBindingRecursesPerLevel() {
    assertThat(new ReadLimits(1, ReadLimits.MAX_DEPTH, 1).maxDepth()).isEqualTo(1000);
    assertThatThrownBy(() -> new ReadLimits(1, 1001, 1)).hasMessage("maxDepth may be at most 1000, got 1001");
  }
}
