package dev.alluxiok8s.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules that changed across Kubernetes releases apply as the configured release applies them. */
class VersionGatesTest {

  private static List<Diagnostic> at(String version, String yaml, String rule) {
    return Fixtures.of(Fixtures.validate("v.yaml", "# version: " + version + "\n" + yaml), rule);
  }

  private static final String ENV = Fixtures.pod("env: [{name: \"alluxio.master:port\", value: \"19998\"}]");

  @Test
  void envVarNamesAreRelaxedFrom132() {
    assertThat(at("1.31", ENV, "K8S-ENV-NAME")).singleElement().satisfies(f -> assertThat(f.message()).startsWith(
        "Invalid value: \"alluxio.master:port\": a valid environment variable name must consist of alphabetic characters"));
    assertThat(at("1.32", ENV, "K8S-ENV-NAME")).isEmpty();
    assertThat(at("1.36", ENV.replace("alluxio.master:port", "A=B"), "K8S-ENV-NAME")).hasSize(1);
  }

  private static final String STS = """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: alluxio.master}
      spec:
        serviceName: alluxio.master
        selector: {matchLabels: {app: a}}
        template:
          metadata: {labels: {app: a}}
          spec:
            containers: [{name: c, image: "busybox:1.36"}]
      """;

  @Test
  void statefulSetNamesAreDnsLabelsFrom127() {
    assertThat(at("1.26", STS, "K8S-NAME-DNS1123-LABEL")).isEmpty();
    assertThat(at("1.26", STS, "K8S-NAME-DNS1123-SUBDOMAIN")).isEmpty();
    assertThat(at("1.27", STS, "K8S-NAME-DNS1123-LABEL")).singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("metadata.name"));
  }

  @Test
  void statefulSetServiceNameIsCheckedFrom133() {
    assertThat(at("1.32", STS, "K8S-STS-SERVICENAME-FORMAT")).isEmpty();
    assertThat(at("1.33", STS, "K8S-STS-SERVICENAME-FORMAT")).hasSize(1);
  }

  @Test
  void probeHostsCountAgainstBaselineFrom134() {
    String pod = Fixtures.pod("readinessProbe: {tcpSocket: {host: 10.0.0.1, port: 80}}");
    assertThat(at("1.33", pod, "PSS-BASELINE-PROBE-HOST")).isEmpty();
    assertThat(at("1.34", pod, "PSS-BASELINE-PROBE-HOST")).hasSize(1);
  }

  @Test
  void versionsParseAndCompare() {
    assertThat(KubernetesVersion.parse("v1.34.2")).isEqualTo(KubernetesVersion.of(1, 34));
    assertThat(KubernetesVersion.DEFAULT).hasToString("1.36");
    assertThat(KubernetesVersion.of(1, 33).isAtLeast(1, 34)).isFalse();
    assertThat(KubernetesVersion.of(1, 34).isAtLeast(1, 34)).isTrue();
    assertThatThrownBy(() -> KubernetesVersion.parse("latest")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KubernetesVersion.of(2, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
