package dev.alluxiok8s.kube.podsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PodSecurityLevelTest {

  @Test
  void levelsAreNamedAsTheNamespaceLabelNamesThem() {
    assertThat(PodSecurityLevel.RESTRICTED.value()).isEqualTo("restricted");
    assertThat(PodSecurityLevel.parse("baseline")).isEqualTo(PodSecurityLevel.BASELINE);
  }

  @Test
  void parsingIgnoresCaseAndSurroundingBlanks() {
    assertThat(PodSecurityLevel.parse(" Privileged\n")).isEqualTo(PodSecurityLevel.PRIVILEGED);
  }

  @Test
  void anUnknownOrMissingLevelParsesToNull() {
    assertThat(PodSecurityLevel.parse("strict")).isNull();
    assertThat(PodSecurityLevel.parse(null)).isNull();
  }

  @Test
  void levelsAreOrderedLeastRestrictiveFirst() {
    assertThat(PodSecurityLevel.BASELINE).isGreaterThan(PodSecurityLevel.PRIVILEGED).isLessThan(PodSecurityLevel.RESTRICTED);
  }
}
