package dev.alluxiok8s.kube.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubernetesNamesTest {

  private static final String LABEL = "a".repeat(63);

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource({"a, true", "0, true", "alluxio-master-0, true", "'', false", "-a, false", "a-, false", "Alluxio, false",
      "a.b, false", "a_b, false"})
  void dnsLabels(String value, boolean valid) {
    assertThat(KubernetesNames.isDnsLabel(value)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource({"alluxio-s3, true", "registry.example.com, true", "a..b, false", ".a, false", "a., false", "A.b, false",
      "'', false"})
  void dnsSubdomains(String value, boolean valid) {
    assertThat(KubernetesNames.isDnsSubdomain(value)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource({"disk, true", "Disk_Type.v2, true", "example.com/disk, true", "node-role.kubernetes.io/worker, true",
      "/disk, false", "example.com/, false", "Example.com/disk, false", "a/b/c, false", "_disk, false", "disk-, false",
      "'', false"})
  void qualifiedNames(String value, boolean valid) {
    assertThat(KubernetesNames.isQualifiedName(value)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource({"'', true", "ssd, true", "Fast_SSD.1, true", "a/b, false", ".a, false", "a b, false"})
  void labelValues(String value, boolean valid) {
    assertThat(KubernetesNames.isLabelValue(value)).isEqualTo(valid);
  }

  @Test
  void lengthLimits() {
    assertThat(KubernetesNames.isDnsLabel(LABEL)).isTrue();
    assertThat(KubernetesNames.isDnsLabel(LABEL + "a")).isFalse();
    String longest = String.join(".", LABEL, LABEL, LABEL, "a".repeat(61));
    assertThat(longest).hasSize(253);
    assertThat(KubernetesNames.isDnsSubdomain(longest)).isTrue();
    assertThat(KubernetesNames.isDnsSubdomain(longest + "a")).isFalse();
    assertThat(KubernetesNames.isQualifiedName("example.com/" + LABEL)).isTrue();
    assertThat(KubernetesNames.isQualifiedName("example.com/" + LABEL + "a")).isFalse();
    assertThat(KubernetesNames.isLabelValue(LABEL)).isTrue();
    assertThat(KubernetesNames.isLabelValue(LABEL + "a")).isFalse();
  }
}
