package dev.alluxiok8s.render.logserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.logserver.LogServer;
import dev.alluxiok8s.model.logserver.LogVolume;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.volume.VolumeKind;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.config.ConfigMapData;
import dev.alluxiok8s.render.object.DraftObject;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Service;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogServerRendererTest {

  private static final AlluxioCluster WITH_LOG_SERVER = Clusters.with(spec -> spec.logServer(LogServer.builder()
      .enabled(true).port(45700).volume(LogVolume.builder().size("10Gi").storageClass("standard").build()).build()));

  private static List<DraftObject> render(AlluxioCluster cluster) {
    return new LogServerRenderer(Clusters.context(cluster)).objects();
  }

  @Test
  void offByDefault() {
    assertThat(render(Clusters.minimal())).isEmpty();
    assertThat(Clusters.context(Clusters.minimal()).configData()).doesNotContainKey(ConfigMapData.LOGSERVER_HOSTNAME);
  }

  @Test
  void aClaimAServiceAndADeploymentThatReplacesItsPod() {
    List<DraftObject> objects = render(WITH_LOG_SERVER);
    assertThat(objects).extracting(o -> o.object().getKind()).containsExactly("PersistentVolumeClaim", "Service", "Deployment");
    V1PersistentVolumeClaim claim = (V1PersistentVolumeClaim) objects.get(0).object();
    assertThat(claim.getMetadata().getName()).isEqualTo("alluxio-logserver-logs");
    assertThat(claim.getSpec().getStorageClassName()).isEqualTo("standard");
    V1Service service = (V1Service) objects.get(1).object();
    assertThat(service.getSpec().getPorts().get(0).getPort()).isEqualTo(45700);
    V1Deployment deployment = (V1Deployment) objects.get(2).object();
    assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("Recreate");
    V1Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(container.getArgs()).containsExactly("logserver");
    assertThat(container.getPorts().get(0).getContainerPort()).isEqualTo(45700);
    assertThat(container.getVolumeMounts().get(0).getMountPath()).isEqualTo("/opt/alluxio/logs");
  }

  @Test
  void everyProcessIsToldWhereTheLogServerIs() {
    Map<String, String> data = Clusters.context(WITH_LOG_SERVER).configData();
    // Alluxio's alluxio-config.sh turns these into alluxio.logserver.* and the REMOTE_*_LOGGER appenders.
    assertThat(data).containsEntry(ConfigMapData.LOGSERVER_HOSTNAME, "alluxio-logserver")
        .containsEntry(ConfigMapData.LOGSERVER_PORT, "45700")
        .containsEntry(ConfigMapData.LOGSERVER, "-Xmx512m -XX:MaxDirectMemorySize=128m");
  }

  @Test
  void aNodeDirectoryIsHandedToAlluxiosUserAndCarriesTheExemption() {
    AlluxioCluster onNode = Clusters.with(spec -> spec.logServer(LogServer.builder().enabled(true)
        .volume(LogVolume.builder().kind(VolumeKind.HOST_PATH).path("/var/log/alluxio").build())
        .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "logs kept on the node")).build()));
    List<DraftObject> objects = render(onNode);
    assertThat(objects).extracting(o -> o.object().getKind()).containsExactly("Service", "Deployment");
    V1Deployment deployment = (V1Deployment) objects.get(1).object();
    V1PodSpec pod = deployment.getSpec().getTemplate().getSpec();
    assertThat(pod.getVolumes().get(0).getHostPath().getPath()).isEqualTo("/var/log/alluxio");
    assertThat(pod.getInitContainers().get(0).getCommand()).containsExactly("chown", "1000:1000", "/opt/alluxio/logs");
    assertThat(deployment.getMetadata().getAnnotations()).containsValue("logs kept on the node");
  }

  @Test
  void anEmptyDirIsSizedAndNeedsNoClaim() {
    AlluxioCluster scratch = Clusters.with(spec -> spec.logServer(LogServer.builder().enabled(true)
        .volume(LogVolume.builder().kind(VolumeKind.EMPTY_DIR).size("2Gi").build()).build()));
    V1Deployment deployment = (V1Deployment) render(scratch).get(1).object();
    assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes().get(0).getEmptyDir().getSizeLimit().toSuffixedString())
        .isEqualTo("2Gi");
  }
}
