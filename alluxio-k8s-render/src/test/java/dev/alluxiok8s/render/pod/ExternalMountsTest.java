package dev.alluxiok8s.render.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.logserver.LogServer;
import dev.alluxiok8s.model.mount.ClaimMount;
import dev.alluxiok8s.model.mount.ConfigMapMounts;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderResult;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * spec.claimMounts reach every Alluxio server container (as chart 0.6.54's mounts); spec.configMaps
 * reach their role's containers read-only, each with its volume (the chart declares none).
 */
class ExternalMountsTest {

  private static final AlluxioCluster MOUNTED = Clusters.with(spec -> spec
      .logServer(LogServer.builder().enabled(true).build())
      .addClaimMounts(ClaimMount.of("shared-jars", "/opt/extra-jars"))
      .configMaps(ConfigMapMounts.builder().putMaster("hadoop-conf", "hadoop").putWorker("hadoop.conf", "hadoop")
          .putLogServer("log-extra", "log").build()));

  private static <T> T object(RenderResult result, Class<T> type) {
    return result.cluster().objects().stream().map(o -> o.object()).filter(type::isInstance).map(type::cast)
        .findFirst().orElseThrow();
  }

  private static List<String> mounts(V1Container container) {
    return container.getVolumeMounts().stream()
        .map(m -> m.getName() + " " + m.getMountPath() + (Boolean.TRUE.equals(m.getReadOnly()) ? " ro" : "")).toList();
  }

  private static List<String> external(V1PodSpec pod) {
    return pod.getVolumes().stream().filter(v -> v.getPersistentVolumeClaim() != null && v.getName().startsWith("claim-")
            || v.getConfigMap() != null && v.getName().startsWith("configmap-"))
        .map(v -> v.getName() + " " + (v.getConfigMap() != null ? v.getConfigMap().getName()
            : v.getPersistentVolumeClaim().getClaimName())).toList();
  }

  @Test
  void eachRoleMountsTheClaimsAndItsOwnConfigMapsAndTheOutputValidates() throws Exception {
    RenderResult result = ManifestRenderer.builder().build().render(MOUNTED);
    assertThat(result.report().errors()).isEmpty();

    V1PodSpec master = object(result, V1StatefulSet.class).getSpec().getTemplate().getSpec();
    assertThat(external(master)).containsExactly("claim-shared-jars shared-jars", "configmap-hadoop-conf hadoop-conf");
    for (V1Container c : master.getContainers()) {
      assertThat(mounts(c)).contains("claim-shared-jars /opt/extra-jars", "configmap-hadoop-conf /configmaps/hadoop ro");
    }
    V1PodSpec worker = object(result, V1DaemonSet.class).getSpec().getTemplate().getSpec();
    // A ConfigMap name may hold dots; a volume name may not.
    assertThat(external(worker)).containsExactly("claim-shared-jars shared-jars", "configmap-hadoop-conf hadoop.conf");
    for (V1Container c : worker.getContainers()) {
      assertThat(mounts(c)).contains("claim-shared-jars /opt/extra-jars", "configmap-hadoop-conf /configmaps/hadoop ro");
    }
    V1PodSpec logServer = object(result, V1Deployment.class).getSpec().getTemplate().getSpec();
    assertThat(mounts(logServer.getContainers().get(0)))
        .containsExactly("alluxio-logs /opt/alluxio/logs", "claim-shared-jars /opt/extra-jars", "configmap-log-extra /configmaps/log ro");
  }

  @Test
  void nothingIsAddedWithoutThem() throws Exception {
    RenderResult result = ManifestRenderer.builder().build().render(Clusters.minimal());
    V1PodSpec master = object(result, V1StatefulSet.class).getSpec().getTemplate().getSpec();
    assertThat(master.getVolumes()).extracting(V1Volume::getName).noneMatch(n -> n.startsWith("claim-") || n.startsWith("configmap-"));
    assertThat(master.getContainers().get(0).getVolumeMounts()).extracting(V1VolumeMount::getMountPath)
        .noneMatch(p -> p.startsWith("/configmaps"));
  }
}
