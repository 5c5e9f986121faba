package dev.alluxiok8s.render.metrics;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.metrics.Metrics;
import dev.alluxiok8s.model.metrics.ServiceMonitor;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.naming.Labels;
import dev.alluxiok8s.render.object.DraftObject;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Prometheus operator's ServiceMonitor ({@code spec.metrics.serviceMonitor}): one endpoint per
 * Service port that is a web port of a process serving {@code /metrics/prometheus/} (the masters'
 * and job masters' on the masters' Service, the proxies' on theirs).
 *
 * <p>The ports are read from the rendered Services, by number: the endpoint names the Service port
 * that is the component's web port, whatever that port is called. Workers and job workers have no
 * Service (host networking; clients find them through the master), so they are not here: their
 * pods carry the scrape annotations. The masters' per-pod Services carry the same labels as their
 * shared one, so each endpoint keeps only the Services it means ({@code keep} on the Service name):
 * otherwise every master would be scraped twice.
 */
public final class ServiceMonitorRenderer {

  private static final String SERVICE_NAME_LABEL = "__meta_kubernetes_service_name";

  private final RenderContext context;
  private final ClusterSpec spec;

  public ServiceMonitorRenderer(RenderContext context) {
    this.context = context;
    this.spec = context.spec();
  }

  /** The ServiceMonitor over {@code drafts}' Services, when it is enabled and any Service serves metrics. */
  public Optional<DraftObject> serviceMonitor(List<DraftObject> drafts) {
    Metrics metrics = spec.metrics();
    ServiceMonitor monitor = metrics.serviceMonitor();
    if (!metrics.enabled() || !monitor.enabled()) {
      return Optional.empty();
    }
    // port name -> names of the Services where that port is a web port, both sorted.
    Map<String, TreeSet<String>> servicesByPort = new TreeMap<>();
    TreeSet<String> components = new TreeSet<>();
    for (DraftObject draft : drafts) {
      if (!(draft.object() instanceof V1Service service) || !isShared(draft.component(), service)) {
        continue;
      }
      for (int webPort : webPorts(draft.component())) {
        for (V1ServicePort port : service.getSpec().getPorts()) {
          if (port.getPort() == webPort) {
            servicesByPort.computeIfAbsent(port.getName(), k -> new TreeSet<>()).add(service.getMetadata().getName());
            components.add(draft.component().label());
          }
        }
      }
    }
    if (servicesByPort.isEmpty()) {
      return Optional.empty();
    }
    List<ServiceMonitorObject.Endpoint> endpoints = new ArrayList<>();
    servicesByPort.forEach((port, services) -> endpoints.add(new ServiceMonitorObject.Endpoint(port, Metrics.PROMETHEUS_PATH,
        monitor.interval().orElse(null), monitor.scrapeTimeout().orElse(null),
        // Service names are DNS-1035 labels: no character of theirs means anything in a regex.
        List.of(new ServiceMonitorObject.Relabeling(List.of(SERVICE_NAME_LABEL), String.join("|", services), "keep")))));
    Map<String, String> matchLabels = new TreeMap<>(context.metadata().labels().selector(Component.METRICS));
    matchLabels.remove(Labels.COMPONENT);
    V1LabelSelector selector = new V1LabelSelector().matchLabels(matchLabels)
        .matchExpressions(List.of(new V1LabelSelectorRequirement().key(Labels.COMPONENT).operator("In")
            .values(List.copyOf(components))));
    V1ObjectMeta metadata = context.metadata().of(Component.METRICS, context.names().serviceMonitor());
    Map<String, String> labels = new TreeMap<>(monitor.labels());
    labels.putAll(metadata.getLabels());
    metadata.setLabels(labels);
    return Optional.of(new DraftObject(Component.METRICS,
        new ServiceMonitorObject(metadata, new ServiceMonitorObject.Spec(selector, endpoints))));
  }

  /** The web ports of the processes behind {@code component}'s Service. */
  private List<Integer> webPorts(Component component) {
    return switch (component) {
      case MASTER -> List.of(spec.masters().ports().web(), spec.masters().ports().jobWeb());
      case PROXY -> List.of(spec.proxy().port());
      default -> List.of();
    };
  }

  /** Whether {@code service} selects all of {@code component}'s pods (not one master's own Service). */
  private boolean isShared(Component component, V1Service service) {
    return context.metadata().labels().selector(component).equals(service.getSpec().getSelector());
  }
}
