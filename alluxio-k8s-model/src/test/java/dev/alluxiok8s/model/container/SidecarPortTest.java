package dev.alluxiok8s.model.container;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SidecarPortTest {

  @Test
  void takesEveryPortNumberFrom1To65535() {
    assertThat(SidecarPort.builder().containerPort(1).build().protocol()).isEqualTo("TCP");
    assertThat(SidecarPort.builder().containerPort(65535).protocol("UDP").build().containerPort()).isEqualTo(65535);
    assertThat(problemsOf("SidecarPort", () -> SidecarPort.builder().containerPort(0).build()))
        .containsExactly(problem("containerPort", "must be between 1 and 65535, got 0"));
    assertThat(problemsOf("SidecarPort", () -> SidecarPort.builder().containerPort(65536).protocol("HTTP").build()))
        .containsExactly(
            problem("containerPort", "must be between 1 and 65535, got 65536"),
            problem("protocol", "\"HTTP\" is not a protocol; use TCP, UDP or SCTP"));
  }

  @Test
  void aNameIsAKubernetesPortName() {
    assertThat(SidecarPort.builder().name("metrics").containerPort(2020).build().name()).contains("metrics");
    assertThat(problemsOf("SidecarPort", () -> SidecarPort.builder().name("Metrics Port").containerPort(2020).build()))
        .isNotEmpty().allSatisfy(d -> {
          assertThat(d.path()).isEqualTo("name");
          assertThat(d.message()).startsWith("\"Metrics Port\": ");
        });
  }
}
