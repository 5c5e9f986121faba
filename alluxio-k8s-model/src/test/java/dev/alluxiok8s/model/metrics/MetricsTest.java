package dev.alluxiok8s.model.metrics;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void offByDefaultWithThePrometheusServletAndAnnotationsOnceEnabled() {
    Metrics metrics = Metrics.builder().build();
    assertThat(metrics.enabled()).isFalse();
    assertThat(metrics.prometheusServlet()).isTrue();
    assertThat(metrics.scrapeAnnotations()).isTrue();
    assertThat(metrics.sinks()).isEmpty();
  }

  @Test
  void takesFurtherSinksInKeyOrder() {
    Metrics metrics = Metrics.builder().enabled(true).putSinks("sink.csv.period", "1")
        .putSinks("sink.csv.class", "alluxio.metrics.sink.CsvSink").putSinks("master.sink.jmx.domain", "org.alluxio").build();
    assertThat(metrics.sinks().keySet()).containsExactly("master.sink.jmx.domain", "sink.csv.class", "sink.csv.period");
  }

  @Test
  void refusesWhatIsNotOneLineOfASinkAndASecondPrometheusClass() {
    assertThat(problemsOf("Metrics", () -> Metrics.builder()
        .putSinks("alluxio.master.hostname", "x").putSinks("sink.csv.directory", "/tmp/a\nsink.x.class=y")
        .putSinks("sink.prometheus.class", "alluxio.metrics.sink.PrometheusMetricsServlet").build()))
        .containsExactly(
            problem("sinks.\"alluxio.master.hostname\"", "is not a metrics.properties sink key (sink.<name>.<option>, e.g. sink.csv.class)"),
            problem("sinks.\"sink.csv.directory\"", "may hold only letters, digits and . _ : / , = - (one line of metrics.properties)"),
            problem("sinks.\"sink.prometheus.class\"", "is written by prometheusServlet; set prometheusServlet: false to name another class"));
  }
}
