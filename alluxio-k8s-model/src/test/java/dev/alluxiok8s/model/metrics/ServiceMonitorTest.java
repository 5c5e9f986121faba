package dev.alluxiok8s.model.metrics;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import org.junit.jupiter.api.Test;

class ServiceMonitorTest {

  @Test
  void offByDefaultWithPrometheusOwnIntervalAndNoLabels() {
    ServiceMonitor monitor = Metrics.builder().build().serviceMonitor();
    assertThat(monitor.enabled()).isFalse();
    assertThat(monitor.interval()).isEmpty();
    assertThat(monitor.scrapeTimeout()).isEmpty();
    assertThat(monitor.labels()).isEmpty();
  }

  @Test
  void takesOperatorDurationsAndSelectorLabels() {
    ServiceMonitor monitor = ServiceMonitor.builder().enabled(true).interval("1m30s").scrapeTimeout("500ms")
        .putLabels("release", "prometheus").putLabels("example.com/team", "storage").build();
    assertThat(monitor.labels().keySet()).containsExactly("example.com/team", "release");
    assertThat(ServiceMonitor.millis("1m30s")).isEqualTo(90_000);
    assertThat(ServiceMonitor.millis("1d2h")).isEqualTo(93_600_000);
    assertThat(ServiceMonitor.millis("99999999999999999999s")).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void refusesDurationsPrometheusCannotReadAndForeignOrReservedLabels() {
    assertThat(problemsOf("ServiceMonitor", () -> ServiceMonitor.builder().interval("30 seconds").scrapeTimeout("1s1m")
        .putLabels("alluxio-k8s.dev/owner", "me").putLabels("role", "x").putLabels("team", "a b").build()))
        .containsExactly(
            problem("interval", "\"30 seconds\" is not a Prometheus duration (units y w d h m s ms in that order, e.g. 30s or 1m30s)"),
            problem("scrapeTimeout", "\"1s1m\" is not a Prometheus duration (units y w d h m s ms in that order, e.g. 30s or 1m30s)"),
            problem(SpecRule.RESERVED_KEY, "labels.\"alluxio-k8s.dev/owner\"", "the prefix alluxio-k8s.dev/ is reserved for what alluxio-k8s writes itself"),
            problem(SpecRule.RESERVED_KEY, "labels.role", "is set by alluxio-k8s itself and may not be overridden"),
            problem("labels.team", "\"a b\" is not a valid label value"));
  }

  @Test
  void aTimeoutAsLongAsTheIntervalIsFine() {
    assertThat(ServiceMonitor.builder().interval("1m").scrapeTimeout("60s").build().scrapeTimeout()).contains("60s");
  }

  @Test
  void refusesATimeoutLongerThanTheInterval() {
    assertThat(problemsOf("ServiceMonitor", () -> ServiceMonitor.builder().interval("10s").scrapeTimeout("1m").build()))
        .containsExactly(problem("scrapeTimeout", "\"1m\" is longer than interval \"10s\"; Prometheus refuses that"));
  }

  @Test
  void needsMetricsAndThePrometheusServlet() {
    ServiceMonitor on = ServiceMonitor.builder().enabled(true).build();
    assertThat(problemsOf("Metrics", () -> Metrics.builder().enabled(true).prometheusServlet(false).serviceMonitor(on).build()))
        .containsExactly(problem("serviceMonitor.enabled",
            "needs enabled: true and prometheusServlet: true: it scrapes the servlet metrics.properties turns on"));
    assertThat(problemsOf("Metrics", () -> Metrics.builder().serviceMonitor(on).build())).hasSize(1);
    assertThat(Metrics.builder().enabled(true).serviceMonitor(on).build().serviceMonitor().enabled()).isTrue();
  }
}
