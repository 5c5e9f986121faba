package dev.alluxiok8s.render.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.container.EmptyDirSource;
import dev.alluxiok8s.model.container.EnvVar;
import dev.alluxiok8s.model.container.EnvVarSource;
import dev.alluxiok8s.model.container.ExtraVolume;
import dev.alluxiok8s.model.container.HostPathSource;
import dev.alluxiok8s.model.container.KeySelector;
import dev.alluxiok8s.model.container.ObjectVolumeSource;
import dev.alluxiok8s.model.container.Sidecar;
import dev.alluxiok8s.model.container.SidecarPort;
import dev.alluxiok8s.model.container.VolumeMount;
import dev.alluxiok8s.model.image.Image;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.pod.PodExtras;
import dev.alluxiok8s.model.process.JobMasterProcess;
import dev.alluxiok8s.model.process.MasterProcess;
import dev.alluxiok8s.model.proxy.Proxy;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.worker.Workers;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.master.MasterRenderer;
import dev.alluxiok8s.render.worker.WorkerRenderer;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import org.junit.jupiter.api.Test;

class PodAdditionsBlockTest {

  private static final Image SHIPPER = Image.builder().repository("fluent/fluent-bit").tag("2.2.0").build();

  private static final AlluxioCluster SIDECARS = Clusters.with(spec -> spec.workers(Workers.builder()
      .pod(PodExtras.builder().shareProcessNamespace(true)
          .addVolumes(ExtraVolume.builder().name("ca-bundle").configMap(ObjectVolumeSource.configMap("corp-ca")).build(),
              ExtraVolume.builder().name("scratch").emptyDir(EmptyDirSource.builder().sizeLimit("1Gi").build()).build())
          .addVolumeMounts(VolumeMount.builder().name("ca-bundle").mountPath("/etc-ca").readOnly(true).build())
          .addContainers(Sidecar.builder().name("log-shipper").image(SHIPPER).addArgs("--config=/scratch/fb.conf")
              .addPorts(SidecarPort.builder().name("shipper").containerPort(2020).build())
              .addVolumeMounts(VolumeMount.of("scratch", "/scratch"))
              .addEnv(EnvVar.from("SHIPPER_TOKEN", EnvVarSource.builder().secretKeyRef(KeySelector.of("shipper", "token"))
                  .build()))
              .build())
          .build())
      .build()));

  private static V1PodSpec workers(AlluxioCluster cluster) {
    return ((V1DaemonSet) new WorkerRenderer(Clusters.context(cluster)).daemonSet().object()).getSpec().getTemplate().getSpec();
  }

  private static V1PodSpec masters(AlluxioCluster cluster) {
    return ((V1StatefulSet) new MasterRenderer(Clusters.context(cluster)).statefulSet().object()).getSpec().getTemplate()
        .getSpec();
  }

  private static V1Container container(V1PodSpec pod, String name) {
    return pod.getContainers().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void eachProcessGetsItsOwnVariablesAfterOurs() {
    AlluxioCluster cluster = Clusters.with(spec -> spec.masters(Masters.builder()
        .master(MasterProcess.builder().addEnv(EnvVar.of("TZ", "UTC")).build())
        .jobMaster(JobMasterProcess.builder().addEnv(EnvVar.of("JOB_QUEUE", "batch")).build()).build()));

    V1PodSpec pod = masters(cluster);

    assertThat(container(pod, "alluxio-master").getEnv()).extracting(V1EnvVar::getName)
        .containsExactly("ALLUXIO_MASTER_HOSTNAME", "TZ");
    assertThat(container(pod, "alluxio-job-master").getEnv()).extracting(V1EnvVar::getName)
        .containsExactly("ALLUXIO_MASTER_HOSTNAME", "JOB_QUEUE");
    assertThat(container(pod, "alluxio-master").getEnv().get(1).getValue()).isEqualTo("UTC");
  }

  @Test
  void extraVolumesFollowOursAndMountInEachAlluxioContainerButNotTheSidecars() {
    V1PodSpec pod = workers(SIDECARS);

    assertThat(pod.getVolumes()).extracting(V1Volume::getName).endsWith("ca-bundle", "scratch");
    assertThat(pod.getVolumes().get(pod.getVolumes().size() - 1).getEmptyDir().getSizeLimit().toSuffixedString())
        .isEqualTo("1Gi");
    assertThat(container(pod, "alluxio-worker").getVolumeMounts()).extracting(V1VolumeMount::getName).contains("ca-bundle");
    assertThat(container(pod, "alluxio-job-worker").getVolumeMounts()).extracting(V1VolumeMount::getName)
        .contains("ca-bundle");
    assertThat(container(pod, "log-shipper").getVolumeMounts()).extracting(V1VolumeMount::getName)
        .containsExactly("scratch");
    assertThat(pod.getShareProcessNamespace()).isTrue();
    assertThat(pod.getHostPID()).isNull();
  }

  @Test
  void aSidecarRunsLastWithTheSecurityContextOfAlluxiosContainers() {
    V1PodSpec pod = workers(SIDECARS);

    V1Container sidecar = pod.getContainers().get(pod.getContainers().size() - 1);
    assertThat(sidecar.getName()).isEqualTo("log-shipper");
    assertThat(sidecar.getImage()).isEqualTo("fluent/fluent-bit:2.2.0");
    assertThat(sidecar.getSecurityContext()).isEqualTo(SecurityContexts.process());
    assertThat(sidecar.getEnv()).singleElement()
        .satisfies(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("shipper"));
    assertThat(sidecar.getPorts()).singleElement().satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(2020));
  }

  @Test
  void theRenderedClusterPassesValidationAndKeepsTheWorkersLevel() throws Exception {
    RenderResult result = ManifestRenderer.builder().build().render(SIDECARS);

    assertThat(result.report().errors()).isEmpty();
    assertThat(result.stream()).contains("name: log-shipper", "shareProcessNamespace: true", "mountPath: /etc-ca");
  }

  @Test
  void theNodesProcessesAndDirectoriesRenderUnderTheDeclaredPrivilegedExemption() throws Exception {
    AlluxioCluster cluster = Clusters.with(spec -> spec.proxy(Proxy.builder().enabled(true)
        .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "a profiler reads the node's processes"))
        .pod(PodExtras.builder().hostPID(true)
            .addVolumes(ExtraVolume.builder().name("node-logs").hostPath(HostPathSource.of("/var/log/alluxio")).build())
            .addVolumeMounts(VolumeMount.of("node-logs", "/var/log/alluxio")).build())
        .addEnv(EnvVar.of("PROFILER", "async"))
        .build()));

    RenderResult result = ManifestRenderer.builder().build().render(cluster);

    assertThat(result.report().errors()).isEmpty();
    assertThat(result.stream()).contains("hostPID: true", "path: /var/log/alluxio", "name: PROFILER",
        "reason: a profiler reads the node's processes");
  }
}
