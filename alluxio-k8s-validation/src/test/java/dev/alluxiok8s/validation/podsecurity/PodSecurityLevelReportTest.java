package dev.alluxiok8s.validation.podsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.JavaApiWording;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The level each workload reaches, with the reasons it stops there, and a level required of one workload only. */
class PodSecurityLevelReportTest {

  /** A Pod named {@code name} with {@code specExtra} (YAML at spec level) and one plain container {@code c}. */
  private static String pod(String name, String specExtra) {
    StringBuilder b = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata: {name: " + name + "}\nspec:\n");
    specExtra.lines().forEach(l -> b.append("  ").append(l).append('\n'));
    return b.append("  containers:\n  - {name: c, image: \"busybox:1.36\"}\n").toString();
  }

  private static List<Diagnostic> validate(KubernetesValidator.Builder b, String yaml) throws Exception {
    return b.build().validate(Manifests.read("pods.yaml", yaml)).findings();
  }

  private static List<String> levels(String yaml) throws Exception {
    return validate(KubernetesValidator.builder(), yaml).stream()
        .filter(d -> d.ruleId().equals(PodSecurityRules.LEVEL))
        .map(d -> d.message() + " | " + JavaApiWording.INSTANCE.words(d.remedy()))
        .toList();
  }

  @Test
  void aPrivilegedPodListsOnlyTheBaselineChecksItFails() throws Exception {
    assertThat(levels(pod("p", "hostIPC: true"))).containsExactly(
        "meets Pod Security level \"privileged\": host namespaces (hostIPC=true) | see the baseline checks listed to harden it");
  }

  @Test
  void aBaselinePodListsTheRestrictedChecksItFails() throws Exception {
    assertThat(levels(pod("p", ""))).containsExactly(
        "meets Pod Security level \"baseline\": allowPrivilegeEscalation != false (container \"c\" must set"
            + " securityContext.allowPrivilegeEscalation=false); unrestricted capabilities (container \"c\" must set"
            + " securityContext.capabilities.drop=[\"ALL\"]); runAsNonRoot != true (pod or container \"c\" must set"
            + " securityContext.runAsNonRoot=true); seccompProfile (pod or container \"c\" must set"
            + " securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\")"
            + " | see the restricted checks listed to harden it");
  }

  @Test
  void aLevelRequiredOfOneWorkloadHoldsOnlyForIt() throws Exception {
    String two = pod("master", "") + "---\n" + pod("worker", "");

    List<Diagnostic> findings = validate(
        KubernetesValidator.builder().requiredPodSecurityLevel("Pod", "master", PodSecurityLevel.RESTRICTED), two);

    assertThat(findings).filteredOn(d -> d.severity() == Severity.ERROR)
        .isNotEmpty()
        .allSatisfy(d -> {
          assertThat(d.object().orElseThrow().name()).isEqualTo("master");
          assertThat(d.ruleId()).startsWith("PSS-RESTRICTED-");
          assertThat(d.message()).startsWith("violates PodSecurity \"restricted:latest\": ");
        });
  }
}
