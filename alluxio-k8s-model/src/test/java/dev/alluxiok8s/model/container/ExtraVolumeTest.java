package dev.alluxiok8s.model.container;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.image.Image;
import org.junit.jupiter.api.Test;

class ExtraVolumeTest {

  @Test
  void aVolumeHasExactlyOneSourceNamedTheKubernetesWay() {
    assertThat(problemsOf("ExtraVolume", () -> ExtraVolume.builder().name("both").emptyDir(EmptyDirSource.builder().build())
        .persistentVolumeClaim(ClaimSource.of("data")).build()))
        .containsExactly(problem("name", "needs exactly one of emptyDir, configMap, secret, persistentVolumeClaim and "
            + "hostPath, got 2"));
    assertThat(problemsOf("ExtraVolume", () -> ExtraVolume.builder().name("ca")
        .configMap(ObjectVolumeSource.secret("ca")).build()))
        .containsExactly(problem("configMap", "names its ConfigMap with name, not secretName"));
  }

  @Test
  void aNodeDirectoryMayNotReachTheNodesSystem() {
    assertThat(problemsOf("HostPathSource", () -> HostPathSource.of("/var/lib/kubelet/pods"))).extracting(d -> d.ruleId())
        .containsExactly(SpecRule.SAFE_PATH.id());
  }

  @Test
  void aMountStaysInsideItsVolumeAndOutOfTheImagesAlluxio() {
    assertThat(problemsOf("VolumeMount", () -> VolumeMount.builder().name("ca").mountPath("/opt/alluxio/conf")
        .subPath("../etc").build())).extracting(d -> d.path()).containsExactly("mountPath", "subPath");
  }

  @Test
  void aSidecarIsPinnedNamedAndNumberedApartFromAlluxio() {
    assertThat(problemsOf("Image", () -> Image.builder().repository("fluent/fluent-bit").tag("latest").build()))
        .extracting(d -> d.path()).containsExactly("tag");
    Image shipper = Image.builder().repository("fluent/fluent-bit").tag("2.2.0").build();
    assertThat(problemsOf("Sidecar", () -> Sidecar.builder().name("alluxio-shipper").image(shipper)
        .addPorts(SidecarPort.builder().name("web").containerPort(2020).build(),
            SidecarPort.builder().name("metrics").containerPort(2020).build()).build()))
        .containsExactly(
            problem(SpecRule.RESERVED_NAME, "name", "\"alluxio-shipper\" is not available: container names starting with "
                + "alluxio- are alluxio-k8s' own"),
            problem(SpecRule.RESERVED_NAME, "ports[0].name", "\"web\" is a name alluxio-k8s gives its own ports, which a "
                + "Service or probe may look up by name; choose another"),
            problem("ports[1].containerPort", "2020 is given twice"));
  }

  @Test
  void aSecretVolumeNamesItsSecretAndANodeDirectoryItsType() {
    assertThat(problemsOf("ExtraVolume", () -> ExtraVolume.builder().name("tls").secret(ObjectVolumeSource.configMap("tls"))
        .build()))
        .containsExactly(problem("secret", "names its Secret with secretName, not name"));
    assertThat(HostPathSource.of("/var/log/alluxio").path()).isEqualTo("/var/log/alluxio");
    assertThat(problemsOf("HostPathSource", () -> ImmutableHostPathSource.builder().path("/var/log/alluxio").type("Folder")
        .build()))
        .containsExactly(problem("type", "\"Folder\" is not a hostPath type; use one of DirectoryOrCreate, Directory, "
            + "FileOrCreate, File, Socket, CharDevice, BlockDevice"));
  }

  @Test
  void aClaimIsWritableUnlessToldAndNamedTheKubernetesWay() {
    assertThat(ClaimSource.of("data").readOnly()).isFalse();
    assertThat(problemsOf("ClaimSource", () -> ClaimSource.of("Data_1")))
        .containsExactly(problem("claimName", "\"Data_1\" is not a PersistentVolumeClaim name (a DNS-1123 subdomain)"));
  }
}
