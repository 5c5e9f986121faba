package dev.alluxiok8s.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KubernetesNamesTest {

  @Test
  void dnsLabels() {
    assertThat(KubernetesNames.isDnsLabel("a")).isTrue();
    assertThat(KubernetesNames.isDnsLabel("0")).isTrue();
    assertThat(KubernetesNames.isDnsLabel("alluxio-master-0")).isTrue();
    assertThat(KubernetesNames.isDnsLabel("a".repeat(63))).isTrue();
    assertThat(KubernetesNames.isDnsLabel("a".repeat(64))).isFalse();
    assertThat(KubernetesNames.isDnsLabel("")).isFalse();
    assertThat(KubernetesNames.isDnsLabel("-a")).isFalse();
    assertThat(KubernetesNames.isDnsLabel("a-")).isFalse();
    assertThat(KubernetesNames.isDnsLabel("Alluxio")).isFalse();
    assertThat(KubernetesNames.isDnsLabel("a.b")).isFalse();
    assertThat(KubernetesNames.isDnsLabel("a_b")).isFalse();
  }

  @Test
  void dnsSubdomains() {
    assertThat(KubernetesNames.isDnsSubdomain("alluxio-s3")).isTrue();
    assertThat(KubernetesNames.isDnsSubdomain("registry.example.com")).isTrue();
    String label = "a".repeat(63);
    String longest = String.join(".", label, label, label, "a".repeat(61));
    assertThat(longest).hasSize(253);
    assertThat(KubernetesNames.isDnsSubdomain(longest)).isTrue();
    assertThat(KubernetesNames.isDnsSubdomain(longest + "a")).isFalse();
    assertThat(KubernetesNames.isDnsSubdomain("a..b")).isFalse();
    assertThat(KubernetesNames.isDnsSubdomain(".a")).isFalse();
    assertThat(KubernetesNames.isDnsSubdomain("a.")).isFalse();
    assertThat(KubernetesNames.isDnsSubdomain("A.b")).isFalse();
    assertThat(KubernetesNames.isDnsSubdomain("")).isFalse();
  }

  @Test
  void qualifiedNames() {
    assertThat(KubernetesNames.isQualifiedName("disk")).isTrue();
    assertThat(KubernetesNames.isQualifiedName("Disk_Type.v2")).isTrue();
    assertThat(KubernetesNames.isQualifiedName("example.com/disk")).isTrue();
    assertThat(KubernetesNames.isQualifiedName("node-role.kubernetes.io/worker")).isTrue();
    assertThat(KubernetesNames.isQualifiedName("a".repeat(63))).isTrue();
    assertThat(KubernetesNames.isQualifiedName("a".repeat(64))).isFalse();
    assertThat(KubernetesNames.isQualifiedName("/disk")).isFalse();
    assertThat(KubernetesNames.isQualifiedName("example.com/")).isFalse();
    assertThat(KubernetesNames.isQualifiedName("Example.com/disk")).isFalse();
    assertThat(KubernetesNames.isQualifiedName("a/b/c")).isFalse();
    assertThat(KubernetesNames.isQualifiedName("_disk")).isFalse();
    assertThat(KubernetesNames.isQualifiedName("disk-")).isFalse();
    assertThat(KubernetesNames.isQualifiedName("")).isFalse();
  }

  @Test
  void labelValues() {
    assertThat(KubernetesNames.isLabelValue("")).isTrue();
    assertThat(KubernetesNames.isLabelValue("ssd")).isTrue();
    assertThat(KubernetesNames.isLabelValue("Fast_SSD.1")).isTrue();
    assertThat(KubernetesNames.isLabelValue("a".repeat(63))).isTrue();
    assertThat(KubernetesNames.isLabelValue("a".repeat(64))).isFalse();
    assertThat(KubernetesNames.isLabelValue("a/b")).isFalse();
    assertThat(KubernetesNames.isLabelValue(".a")).isFalse();
    assertThat(KubernetesNames.isLabelValue("a b")).isFalse();
  }
}
