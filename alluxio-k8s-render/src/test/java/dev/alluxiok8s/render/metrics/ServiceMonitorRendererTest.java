package dev.alluxiok8s.render.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.master.MasterPorts;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.metrics.Metrics;
import dev.alluxiok8s.model.metrics.ServiceMonitor;
import dev.alluxiok8s.model.proxy.Proxy;
import dev.alluxiok8s.render.ClusterRenderer;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.object.RenderedObject;
import dev.alluxiok8s.render.yaml.YamlWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceMonitorRendererTest {

  private static final ServiceMonitor MONITOR = ServiceMonitor.builder().enabled(true).interval("30s").scrapeTimeout("10s")
      .putLabels("release", "prometheus").build();

  /** Three masters on Raft (a shared Service and one per pod) on web ports of their own, and proxies. */
  private static final AlluxioCluster MONITORED = Clusters.with(spec -> spec
      .masters(Masters.builder().count(3).ports(MasterPorts.builder().web(29999).jobWeb(29002).build()).build())
      .journal(Journal.builder().type(JournalType.EMBEDDED).build())
      .proxy(Proxy.builder().enabled(true).port(39998).build())
      .metrics(Metrics.builder().enabled(true).serviceMonitor(MONITOR).build()));

  @Test
  void scrapesEachWebPortByItsServicePortNameOnTheSharedServicesOnly() {
    RenderedObject monitor = serviceMonitorOf(MONITORED);
    assertThat(new YamlWriter().writeTree(monitor.tree())).isEqualTo("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata:
          name: alluxio-metrics
          labels:
            app.kubernetes.io/component: metrics
            app.kubernetes.io/instance: alluxio
            app.kubernetes.io/managed-by: alluxio-k8s
            app.kubernetes.io/name: alluxio
            app.kubernetes.io/version: 2.9.4
            release: prometheus
        spec:
          selector:
            matchExpressions:
              - key: app.kubernetes.io/component
                operator: In
                values:
                  - master
                  - proxy
            matchLabels:
              app.kubernetes.io/instance: alluxio
              app.kubernetes.io/name: alluxio
          endpoints:
            - port: job-web
              path: /metrics/prometheus/
              interval: 30s
              scrapeTimeout: 10s
              relabelings:
                - sourceLabels:
                    - __meta_kubernetes_service_name
                  regex: alluxio-master
                  action: keep
            - port: web
              path: /metrics/prometheus/
              interval: 30s
              scrapeTimeout: 10s
              relabelings:
                - sourceLabels:
                    - __meta_kubernetes_service_name
                  regex: alluxio-master|alluxio-proxy
                  action: keep
        """);
  }

  @Test
  void withoutAProxyOnlyTheMastersAreSelectedAndPrometheusKeepsItsOwnInterval() {
    RenderedObject monitor = serviceMonitorOf(Clusters.with(spec -> spec
        .metrics(Metrics.builder().enabled(true).serviceMonitor(ServiceMonitor.builder().enabled(true).build()).build())));
    ServiceMonitorObject object = (ServiceMonitorObject) monitor.object();
    assertThat(object.getSpec().selector().getMatchExpressions()).singleElement()
        .satisfies(e -> assertThat(e.getValues()).containsExactly("master"));
    assertThat(object.getSpec().endpoints()).extracting(ServiceMonitorObject.Endpoint::port).containsExactly("job-web", "web");
    assertThat(object.getSpec().endpoints()).allSatisfy(e -> {
      assertThat(e.interval()).isNull();
      assertThat(e.scrapeTimeout()).isNull();
    });
  }

  @Test
  void offUnlessEnabled() {
    AlluxioCluster metricsOnly = Clusters.with(spec -> spec.metrics(Metrics.builder().enabled(true).build()));
    assertThat(ClusterRenderer.create().render(metricsOnly).objects())
        .noneMatch(o -> o.kind().equals(ServiceMonitorObject.KIND));
  }

  @Test
  void theValidatorChecksItAsAServiceMonitorNotAnUnknownKind() throws Exception {
    var result = ManifestRenderer.builder().build().render(MONITORED);
    assertThat(result.report().errors()).isEmpty();
    assertThat(result.report().warnings()).noneMatch(d -> d.ruleId().equals("K8S-STRUCT-UNKNOWN-KIND"));
  }

  private static RenderedObject serviceMonitorOf(AlluxioCluster cluster) {
    List<RenderedObject> monitors = ClusterRenderer.create().render(cluster).objects().stream()
        .filter(o -> o.kind().equals(ServiceMonitorObject.KIND)).toList();
    assertThat(monitors).hasSize(1);
    return monitors.get(0);
  }
}
