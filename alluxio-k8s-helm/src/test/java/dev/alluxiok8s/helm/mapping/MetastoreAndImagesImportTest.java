package dev.alluxiok8s.helm.mapping;

import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.errors;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.read;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.model.image.Images;
import dev.alluxiok8s.model.image.PullPolicy;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.volume.AccessMode;
import dev.alluxiok8s.model.volume.VolumeKind;
import org.junit.jupiter.api.Test;

/** The metastore's type, folder and volume, and the images, as each chart line wrote them. */
class MetastoreAndImagesImportTest {

  private static final String ROCKS = "  alluxio.master.metastore: ROCKS\n";

  @Test
  void chart05sRocksMetastoreLivesOnAnEmptyDirAtTheBlocksMountPath() throws Exception {
    Metastore metastore = read(ChartLine.V0_5, ROCKS + """
        master:
          metastore:
            mountPath: /metastore
            size: 2Gi
            medium: Memory
        """).cluster().spec().metastore();

    assertThat(metastore.type()).isEqualTo(MetastoreType.ROCKS);
    assertThat(metastore.mountPath()).isEqualTo("/metastore");
    assertThat(metastore.volume().kind()).isEqualTo(VolumeKind.EMPTY_DIR);
    assertThat(metastore.volume().size()).isEqualTo("2Gi");
    assertThat(metastore.volume().medium()).contains("Memory");
  }

  @Test
  void anEmptyMediumOfChart05sMetastoreIsTheNodesDisk() throws Exception {
    Metastore metastore = read(ChartLine.V0_5, ROCKS + "master:\n  metastore:\n    mountPath: /metastore\n    medium: ''\n")
        .cluster().spec().metastore();

    assertThat(metastore.volume().kind()).isEqualTo(VolumeKind.EMPTY_DIR);
    assertThat(metastore.volume().medium()).isEmpty();
  }

  @Test
  void chart06sMetastoreClaimTakesItsStorageClassAndAccessModesAndItsFolderFromTheProperty() throws Exception {
    Metastore metastore = read(ChartLine.V0_6, ROCKS + """
          alluxio.master.metastore.dir: /rocks
        metastore:
          storageClass: fast
          accessModes: [ReadWriteOncePod]
        """).cluster().spec().metastore();

    assertThat(metastore.mountPath()).isEqualTo("/rocks");
    assertThat(metastore.volume().kind()).isEqualTo(VolumeKind.PERSISTENT_VOLUME_CLAIM);
    assertThat(metastore.volume().storageClass()).contains("fast");
    assertThat(metastore.volume().accessModes()).containsExactly(AccessMode.READ_WRITE_ONCE_POD);
  }

  @Test
  void aMetastoreFolderOtherThanTheMountedOneIsRefusedAndAVolumeForTheHeapIsWarnedAbout() throws Exception {
    assertThat(errors(ChartLine.V0_6, ROCKS + "  alluxio.master.metastore.dir: /elsewhere\nmetastore:\n  mountPath: /metastore\n"))
        .containsExactly("config.yaml:4:3: error: properties.\"alluxio.master.metastore.dir\": \"/elsewhere\" is not where "
            + "metastore.mountPath mounts the metastore volume (\"/metastore\"); RocksDB would write inside the container");
    HelmImport heap = read(ChartLine.V0_6, "metastore:\n  size: 1Gi\n");
    assertThat(warnings(heap)).anySatisfy(w -> assertThat(w).startsWith(
        "config.yaml:3:1: warning: metastore: the chart mounts this volume, but Alluxio only uses it with properties "
            + "alluxio.master.metastore: ROCKS"));
  }

  @Test
  void theImagesRepositoryTagPolicyAndPullSecretsAreImported() throws Exception {
    Images images = read(ChartLine.V0_6, """
        image: registry.example/alluxio
        imageTag: 2.9.4
        imagePullPolicy: Always
        imagePullSecrets: [{name: regcred}, other]
        """).cluster().spec().images();

    assertThat(images.alluxio().reference()).isEqualTo("registry.example/alluxio:2.9.4");
    assertThat(images.alluxio().pullPolicy()).isEqualTo(PullPolicy.ALWAYS);
    assertThat(images.pullSecrets()).containsExactly("regcred", "other");
  }

  @Test
  void eachPullPolicyIsImportedAsItself() throws Exception {
    for (PullPolicy policy : PullPolicy.values()) {
      Images images = read(ChartLine.V0_6, "imagePullPolicy: " + policy.value() + "\n").cluster().spec().images();

      assertThat(images.alluxio().pullPolicy()).isEqualTo(policy);
    }
  }

  @Test
  void chart05sFuseImageIsItsOwn() throws Exception {
    Images images = read(ChartLine.V0_5, "imageTag: 2.9.4\nfuse:\n  image: registry.example/fuse\n  imageTag: 2.9.4\n")
        .cluster().spec().images();

    assertThat(images.fuse().reference()).isEqualTo("registry.example/fuse:2.9.4");
    assertThat(images.alluxio().reference()).isEqualTo("alluxio/alluxio:2.9.4");
  }

  @Test
  void aSnapshotTagIsKeptWithAWarningAtTheTagOrAboutTheChartsDefault() throws Exception {
    assertThat(warnings(read(ChartLine.V0_6, "imageTag: 2.9.4-SNAPSHOT\n"))).anySatisfy(w -> assertThat(w)
        .startsWith("config.yaml:3:1: warning: imageTag: \"2.9.4-SNAPSHOT\" is a development snapshot; it is kept"));
    assertThat(warnings(read(ChartLine.V0_5, ""))).anySatisfy(w -> assertThat(w)
        .startsWith("config.yaml:1:1: warning: imageTag: \"2.2.0-SNAPSHOT\" is a development snapshot (the chart's default)"));
    assertThat(warnings(read(ChartLine.V0_5, "imageTag: 2.9.4\n"))).noneSatisfy(w -> assertThat(w).contains("snapshot"));
  }
}
