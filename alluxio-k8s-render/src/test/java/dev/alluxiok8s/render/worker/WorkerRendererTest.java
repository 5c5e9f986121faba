package dev.alluxiok8s.render.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.security.RunAs;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TierVolume;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.volume.VolumeKind;
import dev.alluxiok8s.model.worker.Workers;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.config.ConfigMapData;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerRendererTest {

  private static V1PodSpec pod(AlluxioCluster cluster) {
    V1DaemonSet ds = (V1DaemonSet) new WorkerRenderer(Clusters.context(cluster)).daemonSet().object();
    return ds.getSpec().getTemplate().getSpec();
  }

  /** One level of MEM and SSD directories on emptyDir: chart 0.5.2 and 0.6.54 both fail to render it. */
  private static final AlluxioCluster SINGLE_TIER_SEVERAL_MEDIA = Clusters.with(spec -> spec.tieredStore(
      TieredStore.builder().addLevels(TierLevel.builder().alias(MediumType.MEM)
          .addDirectories(TierDirectory.builder().path("/dev/shm").quota("1Gi")
              .volume(TierVolume.of(VolumeKind.EMPTY_DIR)).build())
          .addDirectories(TierDirectory.builder().path("/mnt/ssd").quota("10Gi").mediumType(MediumType.SSD)
              .volume(TierVolume.of(VolumeKind.EMPTY_DIR)).build())
          .build()).build()));

  @Test
  void everyTierDirectoryGetsItsOwnVolumeAndOnlyMemLivesInRam() {
    V1PodSpec pod = pod(SINGLE_TIER_SEVERAL_MEDIA);

    V1Volume mem = volume(pod, "mem-0-0");
    V1Volume ssd = volume(pod, "ssd-0-1");
    assertThat(mem.getEmptyDir().getMedium()).isEqualTo("Memory");
    assertThat(mem.getEmptyDir().getSizeLimit().toSuffixedString()).isEqualTo("1Gi");
    assertThat(ssd.getEmptyDir().getMedium()).isNull();
    assertThat(pod.getContainers()).allSatisfy(c -> assertThat(c.getVolumeMounts())
        .extracting(m -> m.getName() + "=" + m.getMountPath())
        .containsExactly("alluxio-domain=/opt/domain", "mem-0-0=/dev/shm", "ssd-0-1=/mnt/ssd"));
  }

  @Test
  void nonRootWorkersGetTheirNodeDirectoriesHandedOver() {
    AlluxioCluster cluster = Clusters.with(spec -> spec.tieredStore(TieredStore.builder()
        .addLevels(TierLevel.builder().alias(MediumType.SSD).addDirectories(TierDirectory.at("/mnt/ssd", "10Gi")).build())
        .build()));

    V1PodSpec pod = pod(cluster);

    assertThat(pod.getInitContainers()).singleElement().satisfies(init -> {
      // Only the directories themselves: never other tenants' files below them.
      assertThat(init.getCommand()).containsExactly("chown", "1000:1000", "/opt/domain", "/mnt/ssd");
      assertThat(init.getSecurityContext().getRunAsUser()).isZero();
      assertThat(init.getSecurityContext().getCapabilities().getAdd()).containsExactly("CHOWN");
    });
    assertThat(volume(pod, "ssd-0-0").getHostPath().getType()).isEqualTo("DirectoryOrCreate");
  }

  @Test
  void aMemoryTierOnTheNodesSharedMemoryUsesADirectoryOfItsOwn() {
    AlluxioCluster cluster = Clusters.with(spec -> spec.tieredStore(TieredStore.builder()
        .addLevels(TierLevel.builder().alias(MediumType.MEM).addDirectories(TierDirectory.builder().path("/dev/shm")
            .quota("1Gi").volume(TierVolume.of(VolumeKind.HOST_PATH)).build()).build())
        .build()));

    V1PodSpec pod = pod(cluster);

    assertThat(volume(pod, "mem-0-0").getHostPath().getPath()).isEqualTo("/dev/shm/alluxio");
    assertThat(pod.getInitContainers()).singleElement()
        .satisfies(init -> assertThat(init.getCommand()).containsExactly("chown", "1000:1000", "/opt/domain", "/dev/shm"));
  }

  @Test
  void rootWorkersNeedNoOwnershipFix() {
    V1PodSpec pod = pod(Clusters.with(spec -> spec.runAs(RunAs.root())));

    assertThat(pod.getInitContainers()).isNullOrEmpty();
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isNull();
  }

  @Test
  void workersOnHostNetworkAreReachedAtTheirNode() {
    V1PodSpec onHost = pod(Clusters.minimal());
    V1PodSpec inPodNetwork = pod(Clusters.with(spec -> spec.workers(Workers.builder().hostNetwork(false).build())));

    assertThat(onHost.getHostNetwork()).isTrue();
    assertThat(onHost.getDnsPolicy()).isEqualTo("ClusterFirstWithHostNet");
    assertThat(onHost.getContainers().get(0).getEnv().get(0).getValueFrom().getFieldRef().getFieldPath())
        .isEqualTo("status.hostIP");
    assertThat(inPodNetwork.getHostNetwork()).isNull();
    assertThat(inPodNetwork.getDnsPolicy()).isEqualTo("ClusterFirst");
    // Off host networking the worker keeps its node's address, which clients on the node compare with
    // their own to find it local, and is reached at its pod's (Alluxio's container host name).
    assertThat(inPodNetwork.getContainers()).allSatisfy(c -> assertThat(c.getEnv())
        .extracting(e -> e.getName() + "=" + e.getValueFrom().getFieldRef().getFieldPath())
        .startsWith("ALLUXIO_WORKER_HOSTNAME=status.hostIP", "ALLUXIO_WORKER_CONTAINER_HOSTNAME=status.podIP"));
    Map<String, String> data = Clusters.context(Clusters.with(spec -> spec.workers(Workers.builder()
        .hostNetwork(false).build()))).configData();
    assertThat(data.get(ConfigMapData.WORKER))
        .contains("-Dalluxio.worker.container.hostname=${ALLUXIO_WORKER_CONTAINER_HOSTNAME}");
    assertThat(data.get(ConfigMapData.JOB_WORKER)).doesNotContain("container.hostname");
    assertThat(Clusters.context(Clusters.minimal()).configData().get(ConfigMapData.WORKER))
        .doesNotContain("container.hostname");
  }

  @Test
  void fuseInsideTheWorkerMountsFromTheWorkerContainerOnly() {
    AlluxioCluster cluster = Clusters.with(spec -> spec.fuse(Fuse.builder().enabled(true).inWorker(true)
        .mountPoint("/var/lib/alluxio/fuse").alluxioPath("/data").addMountOptions("max_readahead=0").build()));
    V1PodSpec pod = pod(cluster);
    V1Container worker = pod.getContainers().get(0);
    V1Container jobWorker = pod.getContainers().get(1);

    assertThat(worker.getSecurityContext().getPrivileged()).isTrue();
    assertThat(worker.getSecurityContext().getRunAsUser()).isZero();
    assertThat(worker.getSecurityContext().getCapabilities().getAdd()).containsExactly("SYS_ADMIN");
    assertThat(worker.getVolumeMounts()).extracting(m -> m.getMountPath() + " " + m.getMountPropagation())
        .contains("/dev/fuse null", "/var/lib/alluxio Bidirectional");
    assertThat(worker.getEnv()).extracting(e -> e.getName()).contains("ALLUXIO_CLIENT_HOSTNAME");
    assertThat(volume(pod, "alluxio-fuse-mount").getHostPath().getPath()).isEqualTo("/var/lib/alluxio");
    assertThat(jobWorker.getSecurityContext().getPrivileged()).isNull();
    assertThat(jobWorker.getVolumeMounts()).extracting(m -> m.getMountPath()).doesNotContain("/dev/fuse", "/var/lib/alluxio");

    Map<String, String> data = Clusters.context(cluster).configData();
    assertThat(data.get(ConfigMapData.WORKER)).contains("-Dalluxio.worker.fuse.enabled=true "
        + "-Dalluxio.fuse.mount.point=/var/lib/alluxio/fuse -Dalluxio.fuse.mount.alluxio.path=/data "
        + "-Dalluxio.fuse.mount.options=max_readahead=0 -Dalluxio.user.hostname=${ALLUXIO_CLIENT_HOSTNAME}");
    assertThat(data).doesNotContainKey(ConfigMapData.FUSE);
    assertThat(data.get(ConfigMapData.JOB_WORKER)).doesNotContain("fuse");
  }

  private static V1Volume volume(V1PodSpec pod, String name) {
    return pod.getVolumes().stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
  }
}
