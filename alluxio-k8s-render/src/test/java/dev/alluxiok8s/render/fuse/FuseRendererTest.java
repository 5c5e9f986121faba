package dev.alluxiok8s.render.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.security.PodSecurityAnnotations;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1PodSpec;
import org.junit.jupiter.api.Test;

class FuseRendererTest {

  private static final AlluxioCluster WITH_FUSE = Clusters.with(spec -> spec.fuse(Fuse.builder()
      .enabled(true)
      .mountPoint("/mnt/alluxio-fuse")
      .alluxioPath("/data")
      .demoClient(true)
      .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "FUSE mounts need CAP_SYS_ADMIN"))
      .build()));

  private static FuseRenderer renderer(AlluxioCluster cluster) {
    return new FuseRenderer(Clusters.context(cluster));
  }

  @Test
  void fuseIsOffByDefaultUnlikeChart052() {
    assertThat(renderer(Clusters.minimal()).daemonSet()).isEmpty();
    assertThat(renderer(Clusters.minimal()).demoClient()).isEmpty();
  }

  @Test
  void fuseInsideTheWorkersHasNoDaemonSetOfItsOwn() {
    AlluxioCluster inWorker = Clusters.with(spec -> spec.fuse(Fuse.builder().enabled(true).inWorker(true).demoClient(true).build()));
    assertThat(renderer(inWorker).daemonSet()).isEmpty();
    // The demo client only needs the node directory, wherever FUSE runs.
    assertThat(renderer(inWorker).demoClient()).isPresent();
  }

  @Test
  void fuseMountsAlluxioPathAtTheNodeMountPointWithPrivileges() {
    V1DaemonSet ds = (V1DaemonSet) renderer(WITH_FUSE).daemonSet().orElseThrow().object();
    V1Container fuse = ds.getSpec().getTemplate().getSpec().getContainers().get(0);

    assertThat(fuse.getArgs()).containsExactly("fuse", "--fuse-opts=allow_other", "/mnt/alluxio-fuse", "/data");
    assertThat(fuse.getSecurityContext().getPrivileged()).isTrue();
    assertThat(fuse.getSecurityContext().getCapabilities().getAdd()).containsExactly("SYS_ADMIN");
    assertThat(fuse.getLifecycle().getPreStop().getExec().getCommand())
        .endsWith("unmount", "-w", "120", "/mnt/alluxio-fuse");
    assertThat(ds.getSpec().getTemplate().getSpec().getAffinity()).isNull();
    assertThat(ds.getMetadata().getAnnotations())
        .containsEntry(PodSecurityAnnotations.LEVEL, "privileged")
        .containsEntry(PodSecurityAnnotations.REASON, "FUSE mounts need CAP_SYS_ADMIN");
  }

  @Test
  void aRestartedFuseCanClearTheDeadMountACrashLeft() {
    V1DaemonSet ds = (V1DaemonSet) renderer(WITH_FUSE).daemonSet().orElseThrow().object();
    V1PodSpec pod = ds.getSpec().getTemplate().getSpec();
    V1Container fuse = pod.getContainers().get(0);

    // The parent, not the mount point: a dead mount left at the mount point would make the
    // kubelet fail to set up a volume there ("file exists", Alluxio issue 11472).
    assertThat(pod.getVolumes()).anySatisfy(v -> {
      assertThat(v.getName()).isEqualTo("alluxio-fuse-mount");
      assertThat(v.getHostPath().getPath()).isEqualTo("/mnt");
    });
    assertThat(fuse.getVolumeMounts()).anySatisfy(m -> {
      assertThat(m.getName()).isEqualTo("alluxio-fuse-mount");
      assertThat(m.getMountPath()).isEqualTo("/mnt");
      assertThat(m.getMountPropagation()).isEqualTo("Bidirectional");
    });
    // The kubelet kills the container at the end of the grace period, preStop or not.
    assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThanOrEqualTo(120L);
  }

  @Test
  void readinessNeedsALiveFuseMountNotJustADirectory() {
    V1DaemonSet ds = (V1DaemonSet) renderer(WITH_FUSE).daemonSet().orElseThrow().object();
    V1Container fuse = ds.getSpec().getTemplate().getSpec().getContainers().get(0);

    assertThat(fuse.getReadinessProbe().getExec().getCommand()).containsExactly("/bin/sh", "-c",
        "grep -q ' /mnt/alluxio-fuse fuse' /proc/mounts && stat -t /mnt/alluxio-fuse/ > /dev/null");
    assertThat(fuse.getLivenessProbe().getExec().getCommand()).isEqualTo(fuse.getReadinessProbe().getExec().getCommand());
  }

  @Test
  void demoClientSeesTheMountWithoutPrivilegesOrAMovingImageTag() {
    V1DaemonSet ds = (V1DaemonSet) renderer(WITH_FUSE).demoClient().orElseThrow().object();
    V1Container client = ds.getSpec().getTemplate().getSpec().getContainers().get(0);

    assertThat(client.getImage()).isEqualTo("alluxio/alluxio:2.9.4");
    assertThat(client.getSecurityContext().getPrivileged()).isNull();
    assertThat(client.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(client.getVolumeMounts()).singleElement().satisfies(m -> {
      assertThat(m.getMountPath()).isEqualTo("/mnt");
      assertThat(m.getMountPropagation()).isEqualTo("HostToContainer");
    });
    assertThat(client.getReadinessProbe().getExec().getCommand()).last().asString().contains("/proc/mounts");
    assertThat(ds.getSpec().getTemplate().getSpec().getHostNetwork()).isNull();
  }
}
