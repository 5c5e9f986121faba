package dev.alluxiok8s.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.validation.bundle.ExternalReference;
import dev.alluxiok8s.validation.manifest.Manifests;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import org.junit.jupiter.api.Test;

/** The builder's settings chain, and each one changes what the validator reports. */
class ValidatorBuilderTest {

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        imagePullSecrets: [{name: registry}]
        containers:
        - {name: c, image: "busybox"}
      """;

  @Test
  void settingsChainAndTakeEffect() throws Exception {
    KubernetesValidator v = KubernetesValidator.builder()
        .externalReference(ExternalReference.secret("registry"))
        .practices(false)
        .kubernetesVersion(KubernetesVersion.of(1, 30))
        .build();

    assertThat(v.kubernetesVersion()).isEqualTo(KubernetesVersion.of(1, 30));
    assertThat(v.validate(Manifests.read("p.yaml", POD)).findings())
        .noneMatch(d -> d.ruleId().startsWith("PRACTICE-"))
        .noneMatch(d -> d.ruleId().equals("BUNDLE-REFERENCE"));
    assertThat(KubernetesValidator.builder().build().validate(Manifests.read("p.yaml", POD)).findings())
        .anyMatch(d -> d.ruleId().startsWith("PRACTICE-"))
        .anyMatch(d -> d.ruleId().equals("BUNDLE-REFERENCE"));
  }
}
