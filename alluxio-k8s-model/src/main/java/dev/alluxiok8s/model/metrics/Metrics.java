package dev.alluxiok8s.model.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Alluxio's metrics system: the sinks of {@code metrics.properties}, which a ConfigMap holds and
 * every process with a web server reads ({@code alluxio.metrics.conf.file}), and Prometheus scrape
 * annotations on the pods. Off by default.
 *
 * <p>Each pod is annotated with its main process's web port and {@code /metrics/prometheus/}, the
 * path of the servlet every Alluxio 2.9 web server serves; a job master or job worker, which shares
 * the pod on its own web port, is scraped by a scrape config of one's own.
 *
 * <pre>{@code
 * Metrics metrics = Metrics.builder().enabled(true).putSinks("sink.csv.class", "alluxio.metrics.sink.CsvSink").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMetrics.class)
@JsonDeserialize(as = ImmutableMetrics.class)
@JsonPropertyOrder({"enabled", "prometheusServlet", "sinks", "scrapeAnnotations", "serviceMonitor"})
public interface Metrics {

  /** Where every Alluxio 2.9 web server serves its metrics in Prometheus's text format. */
  String PROMETHEUS_PATH = "/metrics/prometheus/";
  /** The sink line that names the Prometheus servlet in {@code metrics.properties}. */
  String PROMETHEUS_SINK = "sink.prometheus.class";

  /** A {@code metrics.properties} key: {@code sink.<name>.<option>} or a {@code *.}, {@code master.}... prefix of it. */
  Pattern SINK_KEY = Pattern.compile("([a-z*]+\\.)?sink\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_.-]+");
  /** A value Alluxio reads as one line of a properties file and the ConfigMap writes without escapes. */
  Pattern SINK_VALUE = Pattern.compile("[A-Za-z0-9_.:/,=-]+");

  @Value.Default
  default boolean enabled() {
    return false;
  }

  /** Name the Prometheus servlet sink ({@code sink.prometheus.class}) in {@code metrics.properties}. */
  @Value.Default
  default boolean prometheusServlet() {
    return true;
  }

  /** Further lines of {@code metrics.properties}, e.g. {@code sink.csv.class: alluxio.metrics.sink.CsvSink}. */
  @Value.NaturalOrder
  SortedMap<String, String> sinks();

  /** Annotate the pods with {@code prometheus.io/scrape}, {@code port} and {@code path}. */
  @Value.Default
  default boolean scrapeAnnotations() {
    return true;
  }

  /** A ServiceMonitor for the Prometheus operator; off unless {@code serviceMonitor.enabled}. */
  @Value.Default
  default ServiceMonitor serviceMonitor() {
    return ServiceMonitor.builder().build();
  }

  static ImmutableMetrics.Builder builder() {
    return ImmutableMetrics.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("Metrics");
    sinks().forEach((key, value) -> {
      String at = PathJoiner.key("sinks", key);
      problems.require(SINK_KEY.matcher(key).matches(), at,
          "is not a metrics.properties sink key (sink.<name>.<option>, e.g. sink.csv.class)");
      problems.require(SINK_VALUE.matcher(value).matches(), at,
          "may hold only letters, digits and . _ : / , = - (one line of metrics.properties)");
    });
    problems.require(!(prometheusServlet() && sinks().containsKey(PROMETHEUS_SINK)), PathJoiner.key("sinks", PROMETHEUS_SINK),
        "is written by prometheusServlet; set prometheusServlet: false to name another class");
    // The ServiceMonitor scrapes the Prometheus servlet, which only metrics.properties turns on.
    problems.require(!serviceMonitor().enabled() || (enabled() && prometheusServlet()), "serviceMonitor.enabled",
        "needs enabled: true and prometheusServlet: true: it scrapes the servlet metrics.properties turns on");
    problems.throwIfAny();
  }
}
