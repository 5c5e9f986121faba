package dev.alluxiok8s.validation.practices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the practice warnings say about image tags, and where they find credentials inside longer values. */
class PracticeWarningsTest {

  private static List<String> warnings(String rule, String yaml) throws Exception {
    return KubernetesValidator.builder().build().validate(Manifests.read("p.yaml", yaml)).findings().stream()
        .filter(d -> d.ruleId().equals(rule))
        .map(d -> d.path() + ": " + d.message())
        .toList();
  }

  private static String pod(String image, String containerExtra) {
    return """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: c
            image: %s
        %s""".formatted(image, containerExtra.lines().map(l -> "    " + l + "\n").reduce("", String::concat));
  }

  @Test
  void anImageWithoutATagIsLatestAndSaysSo() throws Exception {
    assertThat(warnings(PracticeRules.IMAGE_TAG, pod("busybox", ""))).containsExactly(
        "spec.containers[0].image: image \"busybox\" is not tagged (it means latest)");
    assertThat(warnings(PracticeRules.IMAGE_TAG, pod("busybox:latest", ""))).containsExactly(
        "spec.containers[0].image: image \"busybox:latest\" is tagged latest");
    assertThat(warnings(PracticeRules.IMAGE_TAG, pod("registry:5000/busybox", ""))).containsExactly(
        "spec.containers[0].image: image \"registry:5000/busybox\" is not tagged (it means latest)");
    assertThat(warnings(PracticeRules.IMAGE_TAG, pod("busybox:1.36", ""))).isEmpty();
  }

  @Test
  void aCredentialInsideTheValueOfAnOrdinaryVariableIsFound() throws Exception {
    String opts = pod("busybox:1.36", "env:\n- {name: JAVA_OPTS, value: '-Xmx1g -Daws.secretKey=abc123'}");

    assertThat(warnings(PracticeRules.CREDENTIALS, opts)).containsExactly(
        "spec.containers[0].env[0].value: literal credential in aws.secretKey");
  }

  @Test
  void aTextStartingWithAnEqualsSignIsStillSearched() throws Exception {
    String configMap = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings}
        data:
          app.properties: "= password=hunter2"
        """;

    assertThat(warnings(PracticeRules.CREDENTIALS, configMap)).containsExactly(
        "data['app.properties']: literal credential in password");
  }
}
