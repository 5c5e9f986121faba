package dev.alluxiok8s.render.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.proxy.Proxy;
import dev.alluxiok8s.model.proxy.ProxyKind;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.config.ConfigMapData;
import dev.alluxiok8s.render.object.DraftObject;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Service;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProxyRendererTest {

  private static List<DraftObject> render(AlluxioCluster cluster) {
    return new ProxyRenderer(Clusters.context(cluster)).objects();
  }

  @Test
  void offByDefault() {
    assertThat(render(Clusters.minimal())).isEmpty();
    assertThat(Clusters.context(Clusters.minimal()).configData()).doesNotContainKey(ConfigMapData.PROXY);
  }

  @Test
  void aDaemonSetAsTheChartWithAServiceOnTheWebPort() {
    AlluxioCluster cluster = Clusters.with(spec -> spec.proxy(Proxy.builder().enabled(true).port(39990).build()));
    List<DraftObject> objects = render(cluster);
    V1Service service = (V1Service) objects.get(0).object();
    assertThat(service.getMetadata().getName()).isEqualTo("alluxio-proxy");
    assertThat(service.getSpec().getPorts().get(0).getPort()).isEqualTo(39990);
    V1DaemonSet daemonSet = (V1DaemonSet) objects.get(1).object();
    V1Container container = daemonSet.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(container.getArgs()).containsExactly("proxy");
    assertThat(container.getPorts().get(0).getContainerPort()).isEqualTo(39990);
    assertThat(container.getEnv().get(0).getValueFrom().getFieldRef().getFieldPath()).isEqualTo("status.podIP");
    // A client of the workers: no under storage credentials reach it.
    assertThat(Clusters.context(cluster).configData().get(ConfigMapData.PROXY))
        .isEqualTo("-Dalluxio.user.hostname=${ALLUXIO_CLIENT_HOSTNAME} -Dalluxio.proxy.web.port=39990 -Xmx1g "
            + "-XX:MaxDirectMemorySize=512m");
  }

  @Test
  void aDeploymentOfReplicas() {
    AlluxioCluster cluster = Clusters.with(spec -> spec.proxy(Proxy.builder().enabled(true)
        .kind(ProxyKind.DEPLOYMENT).replicas(3).build()));
    V1Deployment deployment = (V1Deployment) render(cluster).get(1).object();
    assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
  }
}
