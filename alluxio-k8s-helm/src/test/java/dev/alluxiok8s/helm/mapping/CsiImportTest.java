package dev.alluxiok8s.helm.mapping;

import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.errors;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.read;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.model.csi.Csi;
import org.junit.jupiter.api.Test;

/** Chart 0.6.x's {@code csi} block: what reaches the driver, what is refused at its key, and each key said to be unused. */
class CsiImportTest {

  @Test
  void thePathMountOptionsAndJavaOptionsReachTheDriver() throws Exception {
    Csi csi = read(ChartLine.V0_6, """
        csi:
          enabled: true
          alluxioPath: /warehouse
          mountOptions: [allow_other]
          javaOptions: ['-Xss2m', '']
        """).cluster().spec().csi();

    assertThat(csi.alluxioPath()).isEqualTo("/warehouse");
    assertThat(csi.mountOptions()).containsExactly("allow_other");
    assertThat(csi.javaOptions()).containsExactly("-Xss2m");
  }

  @Test
  void whatTheDriverRefusesIsAnErrorAtItsKey() {
    assertThat(errors(ChartLine.V0_6, """
        csi:
          enabled: true
          alluxioPath: warehouse
          mountOptions: ['-o']
          javaOptions: [Xss2m]
          controllerPlugin:
            provisioner:
              image: csi-provisioner
        """)).extracting(e -> e.substring(0, e.indexOf(": error: ") + 9) + e.substring(e.indexOf(": error: ") + 9).split(":")[0])
        .containsExactly(
            "config.yaml:5:3: error: csi.alluxioPath",
            "config.yaml:6:3: error: csi.mountOptions",
            "config.yaml:7:3: error: csi.javaOptions",
            "config.yaml:10:7: error: csi.controllerPlugin.provisioner.image");
    assertThat(errors(ChartLine.V0_6, "csi:\n  enabled: true\n  nodePlugin:\n    driverRegistrar:\n      image: registrar\n"))
        .containsExactly("config.yaml:7:7: error: csi.nodePlugin.driverRegistrar.image: \"registrar\" has no tag: give a "
            + "pinned one (repository:tag)");
  }

  @Test
  void keysTheDriverDoesNotUseAreWarnedAboutEachAtItsKey() throws Exception {
    HelmImport imported = read(ChartLine.V0_6, """
        csi:
          enabled: true
          imagePullPolicy: Always
          clientEnabled: true
          controllerPlugin:
            hostNetwork: true
            dnsPolicy: ClusterFirst
            provisioner:
              image: registry.example.com/csi-provisioner:v3.5.0
          nodePlugin:
            hostNetwork: false
            dnsPolicy: ClusterFirst
        """);

    assertThat(warnings(imported)).filteredOn(w -> !w.startsWith("config.yaml:1:1:")).extracting(w -> w.split(": warning: ")[0]
        + ": " + w.split(": warning: ")[1].split(": ")[1].split(" ")[0] + " " + w.split(": warning: ")[1].split(": ")[0])
        .contains(
            "config.yaml:4:3: declared csi.enabled",
            "config.yaml:5:3: not csi.imagePullPolicy",
            "config.yaml:6:3: the csi.clientEnabled",
            "config.yaml:8:5: not csi.controllerPlugin.hostNetwork",
            "config.yaml:9:5: not csi.controllerPlugin.dnsPolicy",
            "config.yaml:11:7: the csi.controllerPlugin.provisioner.image",
            "config.yaml:13:5: not csi.nodePlugin.hostNetwork",
            "config.yaml:14:5: not csi.nodePlugin.dnsPolicy");
  }

  @Test
  void theNodePluginsOwnNetworkingAndControllerKeysHelmReadsAsEmptyNeedNoWord() throws Exception {
    HelmImport imported = read(ChartLine.V0_6, """
        csi:
          enabled: true
          clientEnabled: false
          controllerPlugin:
            hostNetwork: false
            dnsPolicy: ""
          nodePlugin:
            hostNetwork: true
            dnsPolicy: ClusterFirstWithHostNet
        """);

    assertThat(warnings(imported)).filteredOn(w -> w.contains("not used") || w.contains("example PersistentVolume"))
        .isEmpty();
  }
}
