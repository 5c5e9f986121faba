package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.model.metrics.ImmutableMetrics;
import dev.alluxiok8s.model.metrics.Metrics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code metrics} block of chart 0.6.x onto {@code spec.metrics}: each enabled sink block
 * becomes the {@code metrics.properties} lines the chart's template writes for it, and
 * {@code podAnnotations} that ask Prometheus to scrape become the spec's scrape annotations, which
 * carry each pod's own web port.
 */
final class MetricsMapper extends AreaMapper {

  /** Each sink block of the values, its name in metrics.properties, its class, and its options: values key -> option. */
  private record Sink(String block, String name, String className, Map<String, String> options) {}

  private static final Sink[] SINKS = {
      new Sink("ConsoleSink", "console", "alluxio.metrics.sink.ConsoleSink", ordered("period", "period", "unit", "unit")),
      new Sink("CsvSink", "csv", "alluxio.metrics.sink.CsvSink",
          ordered("period", "period", "unit", "unit", "directory", "directory")),
      new Sink("JmxSink", "jmx", "alluxio.metrics.sink.JmxSink", ordered("domain", "domain")),
      new Sink("GraphiteSink", "graphite", "alluxio.metrics.sink.GraphiteSink",
          ordered("host", "host", "port", "port", "period", "period", "unit", "unit", "prefix", "prefix")),
      new Sink("Slf4jSink", "slf4j", "alluxio.metrics.sink.Slf4jSink",
          ordered("period", "period", "unit", "unit", "filterClass", "filter-class", "filterRegex", "filter-regex"))};

  /** Chart 0.6.54's defaults of the sinks' options, which its template writes when the values leave them out. */
  private static final Map<String, String> CHART_DEFAULTS = ordered(
      "ConsoleSink.period", "10", "ConsoleSink.unit", "seconds", "CsvSink.period", "1", "CsvSink.unit", "seconds",
      "CsvSink.directory", "/tmp/alluxio-metrics", "JmxSink.domain", "org.alluxio", "GraphiteSink.host", "NONE",
      "GraphiteSink.port", "NONE", "GraphiteSink.period", "10", "GraphiteSink.unit", "seconds",
      "Slf4jSink.period", "10", "Slf4jSink.unit", "seconds");

  MetricsMapper(MappingContext c) {
    super(c);
  }

  Metrics map() {
    ImmutableMetrics.Builder b = Metrics.builder();
    boolean enabled = values.bool("metrics.enabled").orElse(false);
    b.enabled(enabled);
    c.origin("metrics.enabled", "metrics.enabled");
    if (!enabled) {
      return b.build();
    }
    b.prometheusServlet(values.bool("metrics.PrometheusMetricsServlet.enabled").orElse(false));
    c.origin("metrics.prometheusServlet", "metrics.PrometheusMetricsServlet.enabled");
    for (Sink sink : SINKS) {
      if (!values.bool("metrics." + sink.block() + ".enabled").orElse(false)) {
        continue;
      }
      b.putSinks("sink." + sink.name() + ".class", sink.className());
      c.origin("metrics.sinks", "metrics." + sink.block());
      sink.options().forEach((key, option) -> {
        Optional<String> value = values.string("metrics." + sink.block() + "." + key)
            .or(() -> Optional.ofNullable(CHART_DEFAULTS.get(sink.block() + "." + key)));
        // The chart writes "<nil>" for an option left null (filterClass, filterRegex); Alluxio then reads it literally.
        value.filter(v -> !v.isEmpty()).ifPresent(v -> b.putSinks("sink." + sink.name() + "." + option, v));
      });
    }
    b.scrapeAnnotations(scrape());
    return b.build();
  }

  /**
   * Whether the chart's {@code podAnnotations} ask Prometheus to scrape the pods. Those the spec
   * writes itself ({@code prometheus.io/*}) are the only ones taken: the chart puts the same port on
   * every pod, where the spec writes each pod's own.
   */
  private boolean scrape() {
    Optional<ValueNode> node = values.at("metrics.podAnnotations");
    Map<String, String> annotations = values.stringMap(node);
    c.origin("metrics.scrapeAnnotations", "metrics.podAnnotations");
    values.entries(node).forEach((key, value) -> {
      if (!key.startsWith("prometheus.io/")) {
        values.error(value, "only prometheus.io/ scrape annotations are carried over, as spec.metrics.scrapeAnnotations");
      }
    });
    boolean scrape = "true".equals(annotations.get("prometheus.io/scrape"));
    if (scrape && annotations.keySet().stream().anyMatch(k -> !k.equals("prometheus.io/scrape"))) {
      values.warn(node.orElseThrow(), "the chart puts these annotations, one port for all, on masters and workers alike; "
          + "here each pod gets prometheus.io/scrape, path " + Metrics.PROMETHEUS_PATH + " and its own web port");
    }
    return scrape;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
