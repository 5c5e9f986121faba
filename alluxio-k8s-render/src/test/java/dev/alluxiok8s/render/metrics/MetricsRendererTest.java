package dev.alluxiok8s.render.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.metrics.Metrics;
import dev.alluxiok8s.model.proxy.Proxy;
import dev.alluxiok8s.render.ClusterRenderer;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.config.ConfigMapData;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsRendererTest {

  private static final AlluxioCluster WITH_METRICS = Clusters.with(spec -> spec
      .metrics(Metrics.builder().enabled(true).putSinks("sink.csv.class", "alluxio.metrics.sink.CsvSink").build())
      .proxy(Proxy.builder().enabled(true).build()));

  @Test
  void offByDefault() {
    assertThat(new MetricsRenderer(Clusters.context(Clusters.minimal())).configMap()).isEmpty();
  }

  @Test
  void thePrometheusServletThenTheSpecsSinks() {
    V1ConfigMap configMap = (V1ConfigMap) new MetricsRenderer(Clusters.context(WITH_METRICS)).configMap().orElseThrow().object();
    assertThat(configMap.getMetadata().getName()).isEqualTo("alluxio-metrics");
    assertThat(configMap.getData()).containsExactly(Map.entry("metrics.properties",
        "sink.prometheus.class=alluxio.metrics.sink.PrometheusMetricsServlet\nsink.csv.class=alluxio.metrics.sink.CsvSink\n"));
  }

  @Test
  void eachPodIsScrapedOnItsOwnWebPortAndItsWebServersReadTheFile() {
    var rendered = ClusterRenderer.create().render(WITH_METRICS);
    V1PodTemplateSpec masters = rendered.objects().stream().filter(o -> o.object() instanceof V1StatefulSet)
        .map(o -> ((V1StatefulSet) o.object()).getSpec().getTemplate()).findFirst().orElseThrow();
    V1PodTemplateSpec workers = rendered.objects().stream()
        .filter(o -> o.object() instanceof V1DaemonSet d && d.getMetadata().getName().equals("alluxio-worker"))
        .map(o -> ((V1DaemonSet) o.object()).getSpec().getTemplate()).findFirst().orElseThrow();
    assertThat(masters.getMetadata().getAnnotations()).containsEntry("prometheus.io/port", "19999")
        .containsEntry("prometheus.io/path", "/metrics/prometheus/").containsKey("alluxio-k8s.dev/config-hash");
    assertThat(workers.getMetadata().getAnnotations()).containsEntry("prometheus.io/port", "30000");
    assertThat(masters.getSpec().getContainers()).allSatisfy(c ->
        assertThat(c.getVolumeMounts()).filteredOn(m -> m.getMountPath().equals("/config/metrics")).hasSize(1));
    assertThat(workers.getSpec().getContainers()).allSatisfy(c ->
        assertThat(c.getVolumeMounts()).filteredOn(m -> m.getMountPath().equals("/config/metrics")).hasSize(1));
    Map<String, String> data = Clusters.context(WITH_METRICS).configData();
    assertThat(data.get(ConfigMapData.WORKER)).contains("-Dalluxio.metrics.conf.file=/config/metrics/metrics.properties");
    assertThat(data.get(ConfigMapData.PROXY)).contains("-Dalluxio.metrics.conf.file=/config/metrics/metrics.properties");
    // Alluxio logs an error for a missing metrics file: only processes that mount it are told of it.
    assertThat(data.get(ConfigMapData.GLOBAL)).doesNotContain("alluxio.metrics.conf.file");
  }
}
