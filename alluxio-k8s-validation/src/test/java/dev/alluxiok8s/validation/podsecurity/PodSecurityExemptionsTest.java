package dev.alluxiok8s.validation.podsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.manifest.Manifests;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exemption annotations that are not needed or not understood, and hosts a lifecycle hook may not reach. */
class PodSecurityExemptionsTest {

  private static List<String> findings(String version, String yaml) throws Exception {
    return KubernetesValidator.builder().kubernetesVersion(KubernetesVersion.parse(version)).build()
        .validate(Manifests.read("p.yaml", yaml)).findings().stream()
        .filter(d -> d.ruleId().startsWith("PSS-") && !d.ruleId().equals(PodSecurityRules.LEVEL))
        .map(d -> d.ruleId() + " " + d.path() + ": " + d.message())
        .toList();
  }

  /** A Pod with the exemption annotations (level, reason) and {@code specExtra} at spec level. */
  private static String pod(String level, String specExtra) {
    return """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            alluxio-k8s.dev/pod-security-level: %s
            alluxio-k8s.dev/pod-security-reason: the node's network
        spec:
        %s  containers:
          - {name: c, image: "busybox:1.36"}
        """.formatted(level, specExtra.lines().map(l -> "  " + l + "\n").reduce("", String::concat));
  }

  @Test
  void aPodThatMeetsTheRequiredLevelNeedsNoExemption() throws Exception {
    assertThat(findings("1.36", pod("privileged", ""))).isEmpty();
  }

  @Test
  void anExemptionLevelMustBeOneOfTheLevels() throws Exception {
    assertThat(findings("1.36", pod("superuser", "hostNetwork: true"))).contains(
        "PSS-EXEMPTION-INVALID metadata.annotations['alluxio-k8s.dev/pod-security-level']: Unsupported value:"
            + " \"superuser\": supported values: \"privileged\", \"baseline\"");
  }

  @Test
  void fromRelease134ALifecycleHookMayNotReachAnotherHost() throws Exception {
    String hook = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: c
            image: "busybox:1.36"
            lifecycle:
              preStop:
                httpGet: {host: example.com, port: 80, path: /stop}
        """;

    assertThat(findings("1.34", hook)).containsExactly(
        "PSS-BASELINE-PROBE-HOST spec.containers[0].lifecycle.preStop.httpGet.host: violates PodSecurity"
            + " \"baseline:latest\": probe or lifecycle host (container \"c\" uses host \"example.com\")");
    assertThat(findings("1.33", hook)).isEmpty();
  }
}
