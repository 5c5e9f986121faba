package dev.alluxiok8s.render.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.InvalidManifestsException;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.schema.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecWordingTest {

  @Test
  void podSecurityHintsOfRenderedObjectsNameTheSpecAttribute() {
    List<String> hints;
    try {
      // The minimal cluster's workers use host networking and a hostPath without an exemption.
      ManifestRenderer.builder().build().render(Clusters.minimal());
      throw new AssertionError("the minimal cluster was expected to fall below the baseline level");
    } catch (InvalidManifestsException e) {
      hints = e.report().errors().stream().map(Finding::hint).map(SpecWording::hint).toList();
    }

    assertThat(hints).isNotEmpty().allSatisfy(hint -> assertThat(hint)
        .contains("declare an exemption in the spec: podSecurity (level and reason) under spec.workers")
        .doesNotContain("alluxio-k8s.dev/pod-security-level"));
  }

  @Test
  void otherHintsAreLeftAlone() {
    assertThat(SpecWording.hint("set resources.limits.memory")).isEqualTo("set resources.limits.memory");
  }
}
