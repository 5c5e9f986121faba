package dev.alluxiok8s.render.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.InvalidManifestsException;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.validation.finding.Finding;
import dev.alluxiok8s.validation.finding.ObjectRef;
import dev.alluxiok8s.kube.diagnostic.Severity;
import java.util.List;
import java.util.Optional;
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
      hints = e.report().errors().stream().map(SpecWording::hint).toList();
    }

    assertThat(hints).isNotEmpty().allSatisfy(hint -> assertThat(hint)
        .contains("declare an exemption in the spec: spec.workers.podSecurity (level and reason)")
        .doesNotContain("alluxio-k8s.dev/pod-security-level"));
  }

  @Test
  void otherHintsAreLeftAlone() {
    Finding finding = new Finding("PRACTICE-RESOURCES", Severity.WARNING,
        new ObjectRef("apps/v1", "StatefulSet", "", "alluxio-master"), "spec", "no limits", "set resources.limits.memory",
        Optional.empty(), 0);

    assertThat(SpecWording.hint(finding)).isEqualTo("set resources.limits.memory");
  }
}
