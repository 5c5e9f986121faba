package dev.alluxiok8s.render.metrics;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.metrics.Metrics;
import dev.alluxiok8s.render.config.ConfigMapData;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.object.DraftObject;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Alluxio's metrics: the ConfigMap holding {@code metrics.properties}, mounted into every container
 * whose process has a web server and is told of it ({@code alluxio.metrics.conf.file}, set by
 * {@link ConfigMapData}), and Prometheus scrape annotations on the pods of masters, workers and
 * proxies, each with its own main process's web port (chart 0.6.54 puts the master's 19999 on every
 * pod, so the workers were scraped on a port they do not listen on).
 */
public final class MetricsRenderer {

  static final String VOLUME = "alluxio-metrics";
  static final String FILE = "metrics.properties";
  /**
   * The containers of the processes with a web server (masters, job masters, workers, job workers,
   * proxies), by the names their renderers give them; FUSE serves none in Alluxio 2.9's defaults.
   */
  static final Set<String> WEB_SERVERS =
      Set.of("alluxio-master", "alluxio-job-master", "alluxio-worker", "alluxio-job-worker", "alluxio-proxy");

  private final RenderContext context;
  private final ClusterSpec spec;

  public MetricsRenderer(RenderContext context) {
    this.context = context;
    this.spec = context.spec();
  }

  /** The ConfigMap of {@code metrics.properties}, when metrics are enabled. */
  public Optional<DraftObject> configMap() {
    Metrics metrics = spec.metrics();
    if (!metrics.enabled()) {
      return Optional.empty();
    }
    return Optional.of(new DraftObject(Component.METRICS, new V1ConfigMap()
        .apiVersion("v1").kind("ConfigMap")
        .metadata(context.metadata().of(Component.METRICS, context.names().metricsConfigMap()))
        .data(new TreeMap<>(Map.of(FILE, properties(metrics))))));
  }

  /** The lines of {@code metrics.properties}: the Prometheus servlet's, then the spec's sinks in key order. */
  static String properties(Metrics metrics) {
    Map<String, String> lines = new LinkedHashMap<>();
    if (metrics.prometheusServlet()) {
      lines.put(Metrics.PROMETHEUS_SINK, "alluxio.metrics.sink.PrometheusMetricsServlet");
    }
    lines.putAll(metrics.sinks());
    return lines.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n", "", "\n"));
  }

  /**
   * Mounts the ConfigMap into {@code draft}'s web-server containers and annotates its pods for
   * scraping; anything else is left as it is.
   */
  public void apply(DraftObject draft) {
    Metrics metrics = spec.metrics();
    if (!metrics.enabled()) {
      return;
    }
    Optional<Integer> webPort = switch (draft.component()) {
      case MASTER -> Optional.of(spec.masters().ports().web());
      case WORKER -> Optional.of(spec.workers().ports().web());
      case PROXY -> Optional.of(spec.proxy().port());
      default -> Optional.empty();
    };
    Optional<V1PodTemplateSpec> template = templateOf(draft);
    if (webPort.isEmpty() || template.isEmpty()) {
      return;
    }
    boolean mounted = false;
    for (V1Container container : template.get().getSpec().getContainers()) {
      if (WEB_SERVERS.contains(container.getName())) {
        // A copy: the containers of one pod may share their list of mounts.
        List<V1VolumeMount> mounts = new ArrayList<>(container.getVolumeMounts() == null ? List.of() : container.getVolumeMounts());
        mounts.add(new V1VolumeMount().name(VOLUME).mountPath(ConfigMapData.METRICS_DIRECTORY).readOnly(true));
        container.setVolumeMounts(mounts);
        mounted = true;
      }
    }
    if (mounted) {
      List<V1Volume> volumes = new ArrayList<>(template.get().getSpec().getVolumes() == null ? List.of()
          : template.get().getSpec().getVolumes());
      volumes.add(new V1Volume().name(VOLUME)
          .configMap(new V1ConfigMapVolumeSource().name(context.names().metricsConfigMap())));
      template.get().getSpec().setVolumes(volumes);
    }
    if (metrics.scrapeAnnotations()) {
      Map<String, String> annotations = new TreeMap<>();
      if (template.get().getMetadata().getAnnotations() != null) {
        annotations.putAll(template.get().getMetadata().getAnnotations());
      }
      annotations.put("prometheus.io/scrape", "true");
      annotations.put("prometheus.io/port", Integer.toString(webPort.get()));
      annotations.put("prometheus.io/path", Metrics.PROMETHEUS_PATH);
      template.get().getMetadata().setAnnotations(annotations);
    }
  }

  private static Optional<V1PodTemplateSpec> templateOf(DraftObject draft) {
    if (draft.object() instanceof V1StatefulSet s) {
      return Optional.of(s.getSpec().getTemplate());
    } else if (draft.object() instanceof V1DaemonSet d) {
      return Optional.of(d.getSpec().getTemplate());
    } else if (draft.object() instanceof V1Deployment d) {
      return Optional.of(d.getSpec().getTemplate());
    }
    return Optional.empty();
  }
}
