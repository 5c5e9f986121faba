package dev.alluxiok8s.model.csi;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.image.Image;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.ufs.UnderStorage;
import org.junit.jupiter.api.Test;

class CsiTest {

  private static final PodSecurityExemption PRIVILEGED =
      PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "the node plugin mounts FUSE for the kubelet");

  @Test
  void offByDefaultWithChart0654sVolumeSettingsAndPinnedSidecars() {
    Csi csi = Csi.builder().build();
    assertThat(csi.enabled()).isFalse();
    assertThat(csi.mountOptions()).containsExactly("direct_io", "allow_other", "entry_timeout=36000",
        "attr_timeout=36000", "max_readahead=0");
    assertThat(csi.javaOptions()).containsExactly("-Dalluxio.user.metadata.cache.enabled=true");
    assertThat(csi.mountInPod()).as("as the chart, FUSE runs in the node plugin's container").isFalse();
    assertThat(csi.provisionerImage().reference()).isEqualTo("registry.k8s.io/sig-storage/csi-provisioner:v3.5.0");
    assertThat(csi.nodeDriverRegistrarImage().reference())
        .isEqualTo("registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.8.0");
    assertThat(csi.storageClassOr("analytics")).isEqualTo("analytics");
    assertThat(Csi.builder().storageClass("alluxio-data").build().storageClassOr("analytics")).isEqualTo("alluxio-data");
  }

  @Test
  void anEnabledDriverDeclaresTheNodePluginsExemption() {
    assertThat(problemsOf("Csi", () -> Csi.builder().enabled(true).build()))
        .extracting(p -> p.path()).containsExactly("podSecurity");
    assertThat(Csi.builder().enabled(true).podSecurity(PRIVILEGED).build().enabled()).isTrue();
  }

  @Test
  void refusesWhatWouldBreakTheStorageClassOrFusesCommandLine() {
    assertThat(problemsOf("Csi", () -> Csi.builder().storageClass("Alluxio_Data").alluxioPath("data")
        .mountOptions(java.util.List.of("-o ro")).javaOptions(java.util.List.of("Xmx1g")).build()))
        .extracting(p -> p.path())
        .containsExactly("storageClass", "alluxioPath", "mountOptions[0]", "javaOptions[0]");
    assertThat(problemsOf("Csi", () -> Csi.builder().alluxioPath("/data sets").build()))
        .containsExactly(problem("alluxioPath", "may not contain white space: Alluxio's FUSE scripts split their arguments on it"));
  }

  @Test
  void aMovingSidecarTagIsRefused() {
    assertThat(problemsOf("Image", () -> Image.builder().repository("registry.k8s.io/sig-storage/csi-provisioner")
        .tag("latest").build())).extracting(p -> p.path()).containsExactly("tag");
  }

  @Test
  void theClusterRoleBindingNeedsTheNamespace() {
    ClusterSpec spec = ClusterSpec.builder().underStorage(UnderStorage.at("s3a://analytics/alluxio/"))
        .csi(Csi.builder().enabled(true).podSecurity(PRIVILEGED).build()).build();
    assertThat(problemsOf("AlluxioCluster", () -> AlluxioCluster.builder().metadata(ClusterMetadata.named("alluxio"))
        .spec(spec).build())).extracting(p -> p.path()).containsExactly("metadata.namespace");
    assertThat(AlluxioCluster.builder().metadata(ClusterMetadata.builder().from(ClusterMetadata.named("alluxio"))
        .namespace("storage").build()).spec(spec).build().spec().csi().enabled()).isTrue();
  }
}
