package dev.alluxiok8s.helm.mapping;

import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.read;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import org.junit.jupiter.api.Test;

/** Short-circuit reads as each chart line switched and placed them, and the Pod Security exemptions the import declares. */
class ShortCircuitImportTest {

  private static final String CLAIM_WARNING = "the domain socket directory is the node's ";

  @Test
  void chart06sDefaultClaimForTheSocketBecomesTheNodesDirectoryWithAWarning() throws Exception {
    HelmImport byDefault = read(ChartLine.V0_6, "");
    HelmImport named = read(ChartLine.V0_6, "shortCircuit:\n  volumeType: persistentVolumeClaim\n  hostPath: /var/run/sc\n");
    HelmImport hostPath = read(ChartLine.V0_6, "shortCircuit:\n  volumeType: hostPath\n");
    HelmImport off = read(ChartLine.V0_6, "shortCircuit:\n  enabled: false\n");

    assertThat(warnings(byDefault)).anySatisfy(w -> assertThat(w).startsWith(
        "config.yaml:1:1: warning: shortCircuit.volumeType: " + CLAIM_WARNING + "/tmp/alluxio-domain (hostPath)"));
    assertThat(warnings(named)).anySatisfy(w -> assertThat(w).startsWith(
        "config.yaml:4:3: warning: shortCircuit.volumeType: " + CLAIM_WARNING + "/var/run/sc (hostPath)"));
    assertThat(named.cluster().spec().shortCircuit().hostPath()).isEqualTo("/var/run/sc");
    assertThat(warnings(hostPath)).noneSatisfy(w -> assertThat(w).contains(CLAIM_WARNING));
    assertThat(warnings(off)).noneSatisfy(w -> assertThat(w).contains(CLAIM_WARNING));
    assertThat(off.cluster().spec().shortCircuit().enabled()).isFalse();
    assertThat(warnings(read(ChartLine.V0_5, ""))).noneSatisfy(w -> assertThat(w).contains(CLAIM_WARNING));
  }

  @Test
  void chart05sSocketDirectoryAndPolicy() throws Exception {
    HelmImport local = read(ChartLine.V0_5, "domainHostPath: /var/run/alluxio\nworker:\n  shortCircuitPolicy: local\n");
    HelmImport uuid = read(ChartLine.V0_5, "worker:\n  shortCircuitPolicy: uuid\n");

    assertThat(local.cluster().spec().shortCircuit().hostPath()).isEqualTo("/var/run/alluxio");
    assertThat(warnings(local)).anySatisfy(w -> assertThat(w).startsWith(
        "config.yaml:5:3: warning: worker.shortCircuitPolicy: policy local is rendered as policy uuid"));
    assertThat(warnings(uuid)).noneSatisfy(w -> assertThat(w).contains("policy local"));
  }

  @Test
  void theShortCircuitPropertiesSetTheSwitchTheSocketAndItsNaming() throws Exception {
    ShortCircuit shortCircuit = read(ChartLine.V0_5, """
          alluxio.user.short.circuit.enabled: "false"
          alluxio.worker.data.server.domain.socket.address: /opt/domain
          alluxio.worker.data.server.domain.socket.as.uuid: "false"
        """).cluster().spec().shortCircuit();

    assertThat(shortCircuit.enabled()).isFalse();
    assertThat(shortCircuit.mountPath()).isEqualTo("/opt/domain");
    assertThat(shortCircuit.socketAsUuid()).isFalse();
  }

  @Test
  void componentsThatNeedPrivilegeGetADeclaredExemptionNamingEveryReason() throws Exception {
    HelmImport imported = read(ChartLine.V0_5, """
        master:
          hostNetwork: true
        fuse:
          enabled: true
        tieredstore:
          levels:
          - {level: 0, alias: SSD, mediumtype: SSD, path: /mnt/ssd, quota: 10GB, type: hostPath}
        """);
    ClusterSpec spec = imported.cluster().spec();

    assertThat(spec.workers().podSecurity().orElseThrow().reason()).isEqualTo("imported from Alluxio's Helm chart: "
        + "workers use host networking, a hostPath domain socket and hostPath tier directories");
    assertThat(spec.masters().podSecurity()).isPresent();
    assertThat(spec.fuse().podSecurity()).isPresent();
    assertThat(warnings(imported)).contains(
        "config.yaml:1:1: warning: masters: declared a Pod Security exemption (privileged) because they use host networking",
        "config.yaml:1:1: warning: fuse: declared a Pod Security exemption (privileged): FUSE mounts need a privileged container");
    assertThat(warnings(imported)).anySatisfy(w -> assertThat(w).startsWith(
        "config.yaml:1:1: warning: workers: declared a Pod Security exemption (privileged), as the chart's workers need one: "
            + "workers use host networking, a hostPath domain socket and hostPath tier directories"));
    assertThat(read(ChartLine.V0_6, "worker:\n  hostNetwork: false\nshortCircuit:\n  enabled: false\n").cluster().spec()
        .workers().podSecurity()).isEmpty();
    assertThat(read(ChartLine.V0_6, "worker:\n  hostNetwork: true\nshortCircuit:\n  enabled: false\n").cluster().spec().workers().podSecurity()
        .orElseThrow().reason()).isEqualTo("imported from Alluxio's Helm chart: workers use host networking");
  }
}
