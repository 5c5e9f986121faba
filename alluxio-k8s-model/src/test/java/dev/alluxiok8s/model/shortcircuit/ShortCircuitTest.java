package dev.alluxiok8s.model.shortcircuit;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import org.junit.jupiter.api.Test;

class ShortCircuitTest {

  @Test
  void onWithAUuidSocketInChart052sDirectoryByDefault() {
    ShortCircuit sc = ShortCircuit.builder().build();
    assertThat(sc.enabled()).isTrue();
    assertThat(sc.socketAsUuid()).isTrue();
    assertThat(sc.hostPath()).isEqualTo("/tmp/alluxio-domain");
    assertThat(sc.mountPath()).isEqualTo("/opt/domain");
    assertThat(ShortCircuit.disabled().enabled()).isFalse();
  }

  @Test
  void refusesRelativeOrRootPaths() {
    assertThat(problemsOf("ShortCircuit", () -> ShortCircuit.builder().hostPath("/").mountPath("domain").build()))
        .containsExactly(
            problem(SpecRule.SAFE_PATH, "hostPath", "must be an absolute path other than /, got \"/\""),
            problem(SpecRule.SAFE_PATH, "mountPath", "must be an absolute path other than /, got \"domain\""));
  }
}
