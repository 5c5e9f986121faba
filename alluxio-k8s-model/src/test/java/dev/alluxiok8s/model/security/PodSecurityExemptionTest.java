package dev.alluxiok8s.model.security;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PodSecurityExemptionTest {

  @Test
  void aReasonedExemption() {
    PodSecurityExemption e = PodSecurityExemption.of(PodSecurityLevel.BASELINE, "workers use host networking");
    assertThat(e.level().value()).isEqualTo("baseline");
  }

  @Test
  void refusesNoReasonAndTheRestrictedLevel() {
    assertThat(problemsOf("PodSecurityExemption", () -> PodSecurityExemption.of(PodSecurityLevel.RESTRICTED, " ")))
        .containsExactly(
            problem("reason", "must say why the component cannot meet the baseline level"),
            problem("level", "restricted is the strictest level and needs no exemption"));
  }
}
