package dev.alluxiok8s.render.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.container.ClaimSource;
import dev.alluxiok8s.model.container.EmptyDirSource;
import dev.alluxiok8s.model.container.ExtraVolume;
import dev.alluxiok8s.model.container.ImmutableClaimSource;
import dev.alluxiok8s.model.container.ImmutableHostPathSource;
import dev.alluxiok8s.model.container.ObjectVolumeSource;
import dev.alluxiok8s.model.container.Sidecar;
import dev.alluxiok8s.model.container.SidecarPort;
import dev.alluxiok8s.model.container.VolumeMount;
import dev.alluxiok8s.model.image.Image;
import dev.alluxiok8s.model.pod.PodExtras;
import dev.alluxiok8s.model.process.Resources;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.worker.Workers;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.worker.WorkerRenderer;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of extra volume, mount and sidecar field of a component's {@code pod}, field by field. */
class PodAdditionsSourcesTest {

  private static final Image AGENT = Image.builder().repository("busybox").tag("1.36").build();

  /** Every volume source, each with and without its optional fields. */
  private static final PodExtras EVERY_SOURCE = PodExtras.builder()
      .addVolumes(
          ExtraVolume.builder().name("ca").configMap(ObjectVolumeSource.configMap("corp-ca")).build(),
          ExtraVolume.builder().name("ca-opt").configMap(ObjectVolumeSource.builder().name("corp-ca-2")
              .defaultMode(0440).optional(true).build()).build(),
          ExtraVolume.builder().name("tls").secret(ObjectVolumeSource.secret("corp-tls")).build(),
          ExtraVolume.builder().name("tls-opt").secret(ObjectVolumeSource.builder().secretName("corp-tls-2")
              .defaultMode(0400).optional(true).build()).build(),
          ExtraVolume.builder().name("data").persistentVolumeClaim(ClaimSource.of("shared-data")).build(),
          ExtraVolume.builder().name("ro-data").persistentVolumeClaim(ImmutableClaimSource.builder().claimName("datasets").readOnly(true).build())
              .build(),
          ExtraVolume.builder().name("ram").emptyDir(EmptyDirSource.builder().medium("Memory").build()).build(),
          ExtraVolume.builder().name("disk").emptyDir(EmptyDirSource.builder().medium("").build()).build(),
          ExtraVolume.builder().name("socket").hostPath(ImmutableHostPathSource.builder().path("/opt/agent/agent.sock")
              .type("Socket").build()).build(),
          ExtraVolume.builder().name("any").hostPath(ImmutableHostPathSource.builder().path("/opt/agent-data").type("").build())
              .build())
      .addVolumeMounts(VolumeMount.builder().name("ca").mountPath("/opt/ca").readOnly(true).build(),
          VolumeMount.builder().name("tls").mountPath("/opt/tls/tls.crt").subPath("tls.crt").build())
      .addContainers(
          Sidecar.builder().name("agent").image(AGENT).addCommand("/bin/agent", "--serve")
              .addPorts(SidecarPort.builder().containerPort(8125).protocol("UDP").build())
              .resources(Resources.of("100m", "64Mi"))
              .addVolumeMounts(VolumeMount.builder().name("socket").mountPath("/opt/agent/agent.sock").readOnly(true).build())
              .build(),
          Sidecar.builder().name("tailer").image(AGENT).addArgs("tail", "-F", "/logs/worker.log")
              .addPorts(SidecarPort.builder().name("tailer").containerPort(9000).build())
              .build())
      .build();

  private static V1PodSpec workers(PodExtras pod) {
    AlluxioCluster cluster = Clusters.with(spec -> spec.workers(Workers.builder().pod(pod)
        .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "the node agent's socket and data")).build()));
    return ((V1DaemonSet) new WorkerRenderer(Clusters.context(cluster)).daemonSet().object()).getSpec().getTemplate()
        .getSpec();
  }

  private static V1Container container(V1PodSpec pod, String name) {
    return pod.getContainers().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void eachVolumeSourceKeepsItsOptionalFieldsAndOnlyThose() {
    List<V1Volume> volumes = workers(EVERY_SOURCE).getVolumes();

    assertThat(volumes.subList(volumes.size() - 10, volumes.size())).containsExactly(
        new V1Volume().name("ca").configMap(new V1ConfigMapVolumeSource().name("corp-ca")),
        new V1Volume().name("ca-opt").configMap(new V1ConfigMapVolumeSource().name("corp-ca-2").defaultMode(288)
            .optional(true)),
        new V1Volume().name("tls").secret(new V1SecretVolumeSource().secretName("corp-tls")),
        new V1Volume().name("tls-opt").secret(new V1SecretVolumeSource().secretName("corp-tls-2").defaultMode(256)
            .optional(true)),
        new V1Volume().name("data").persistentVolumeClaim(new V1PersistentVolumeClaimVolumeSource()
            .claimName("shared-data")),
        new V1Volume().name("ro-data").persistentVolumeClaim(new V1PersistentVolumeClaimVolumeSource()
            .claimName("datasets").readOnly(true)),
        new V1Volume().name("ram").emptyDir(new V1EmptyDirVolumeSource().medium("Memory")),
        new V1Volume().name("disk").emptyDir(new V1EmptyDirVolumeSource()),
        new V1Volume().name("socket").hostPath(new V1HostPathVolumeSource().path("/opt/agent/agent.sock").type("Socket")),
        new V1Volume().name("any").hostPath(new V1HostPathVolumeSource().path("/opt/agent-data")));
  }

  @Test
  void extraMountsFollowEachAlluxioContainersOwnWithTheirSubPathAndReadOnly() {
    V1PodSpec plain = workers(PodExtras.builder().build());
    V1PodSpec pod = workers(EVERY_SOURCE);

    for (String name : List.of("alluxio-worker", "alluxio-job-worker")) {
      List<V1VolumeMount> expected = new ArrayList<>(container(plain, name).getVolumeMounts());
      expected.add(new V1VolumeMount().name("ca").mountPath("/opt/ca").readOnly(true));
      expected.add(new V1VolumeMount().name("tls").mountPath("/opt/tls/tls.crt").subPath("tls.crt"));
      assertThat(container(pod, name).getVolumeMounts()).as(name).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aSidecarGetsItsCommandPortsResourcesAndMountsAsWritten() {
    V1Container agent = container(workers(EVERY_SOURCE), "agent");

    assertThat(agent.getCommand()).containsExactly("/bin/agent", "--serve");
    assertThat(agent.getArgs()).isEmpty();
    assertThat(agent.getPorts()).containsExactly(new V1ContainerPort().containerPort(8125).protocol("UDP"));
    Map<String, Quantity> amounts = Map.of("cpu", Quantity.fromString("100m"), "memory", Quantity.fromString("64Mi"));
    assertThat(agent.getResources()).isEqualTo(new V1ResourceRequirements().requests(amounts).limits(amounts));
    assertThat(agent.getVolumeMounts())
        .containsExactly(new V1VolumeMount().name("socket").mountPath("/opt/agent/agent.sock").readOnly(true));
    assertThat(agent.getEnv()).isEmpty();
  }

  @Test
  void aSidecarWithoutCommandResourcesOrMountsLeavesThemToItsImage() {
    V1Container tailer = container(workers(EVERY_SOURCE), "tailer");

    assertThat(tailer.getCommand()).isEmpty();
    assertThat(tailer.getArgs()).containsExactly("tail", "-F", "/logs/worker.log");
    assertThat(tailer.getPorts()).containsExactly(new V1ContainerPort().name("tailer").containerPort(9000).protocol("TCP"));
    assertThat(tailer.getResources()).isNull();
    assertThat(tailer.getVolumeMounts()).isEmpty();
  }
}
