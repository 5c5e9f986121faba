package dev.alluxiok8s.helm.mapping;

import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.errors;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.read;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.model.metrics.Metrics;
import org.junit.jupiter.api.Test;

/** Chart 0.6.x's {@code metrics} block: sinks and their options, and which pod annotations ask for a scrape. */
class MetricsImportTest {

  private static final String SCRAPE_WARNING = "the chart puts these annotations, one port for all";

  private static HelmImport withAnnotations(String annotations) throws Exception {
    return read(ChartLine.V0_6, "metrics:\n  enabled: true\n  podAnnotations: " + annotations + "\n");
  }

  @Test
  void anOptionLeftEmptyIsNotWrittenAndTheSinkStillIs() throws Exception {
    Metrics metrics = read(ChartLine.V0_6, "metrics:\n  enabled: true\n  Slf4jSink:\n    enabled: true\n    filterClass: ''\n")
        .cluster().spec().metrics();

    assertThat(metrics.sinks()).containsEntry("sink.slf4j.class", "alluxio.metrics.sink.Slf4jSink")
        .containsEntry("sink.slf4j.period", "10").doesNotContainKey("sink.slf4j.filter-class");
  }

  @Test
  void aSinkOptionTheModelRefusesIsAnErrorAtItsSink() {
    assertThat(errors(ChartLine.V0_6, "metrics:\n  enabled: true\n  CsvSink:\n    enabled: true\n    directory: /tmp/a b\n"))
        .singleElement().asString().startsWith("config.yaml:5:3: error: metrics.CsvSink: may hold only letters");
  }

  @Test
  void onlyScrapeTrueAsksForAScrapeAndOtherPrometheusAnnotationsBesideItAreWarnedAbout() throws Exception {
    HelmImport scrapeAndPort = withAnnotations("{prometheus.io/scrape: 'true', prometheus.io/port: '19999'}");
    HelmImport scrapeOnly = withAnnotations("{prometheus.io/scrape: 'true'}");
    HelmImport noScrape = withAnnotations("{prometheus.io/scrape: 'false', prometheus.io/port: '19999'}");

    assertThat(scrapeAndPort.cluster().spec().metrics().scrapeAnnotations()).isTrue();
    assertThat(warnings(scrapeAndPort)).anySatisfy(w -> assertThat(w).startsWith(
        "config.yaml:5:3: warning: metrics.podAnnotations: " + SCRAPE_WARNING));
    assertThat(scrapeOnly.cluster().spec().metrics().scrapeAnnotations()).isTrue();
    assertThat(warnings(scrapeOnly)).noneSatisfy(w -> assertThat(w).contains(SCRAPE_WARNING));
    assertThat(noScrape.cluster().spec().metrics().scrapeAnnotations()).isFalse();
    assertThat(warnings(noScrape)).noneSatisfy(w -> assertThat(w).contains(SCRAPE_WARNING));
  }
}
