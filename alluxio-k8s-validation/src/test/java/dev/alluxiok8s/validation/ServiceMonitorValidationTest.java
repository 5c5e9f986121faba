package dev.alluxiok8s.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/** The Prometheus operator's ServiceMonitor: the one custom resource whose structure is checked. */
class ServiceMonitorValidationTest {

  @Test
  void acceptsTheServiceMonitorAlluxioK8sRendersWithoutAnUnknownKindWarning() {
    ValidationReport r = Fixtures.validate("monitor.yaml", """
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata:
          name: alluxio-metrics
          labels: {release: prometheus}
        spec:
          selector:
            matchExpressions:
            - {key: app.kubernetes.io/component, operator: In, values: [master, proxy]}
            matchLabels: {app.kubernetes.io/name: alluxio}
          endpoints:
          - port: web
            path: /metrics/prometheus/
            interval: 30s
            scrapeTimeout: 10s
            relabelings:
            - {sourceLabels: [__meta_kubernetes_service_name], regex: alluxio-master|alluxio-proxy, action: keep}
        """);
    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void refusesABrokenOneAtEachBadLine() {
    ValidationReport r = Fixtures.validate("monitor.yaml", """
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata:
          name: alluxio-metrics
          label: {release: prometheus}
        spec:
          selector:
            matchLabels: app=alluxio
          endpoints:
          - port: 19999
            path: /metrics/prometheus/
            interval: 30sec
            relabelings:
            - {sourceLabels: [__meta_kubernetes_service_name], action: maybe}
        status: {}
        """);
    assertThat(r.errors()).extracting(d -> d.ruleId() + " " + d.path() + " @" + d.location().orElseThrow().line())
        .containsExactlyInAnyOrder(
            "K8S-STRUCT-UNKNOWN-FIELD metadata.label @5",
            "K8S-STRUCT-TYPE spec.selector.matchLabels @8",
            "K8S-STRUCT-TYPE spec.endpoints[0].port @10",
            "K8S-STRUCT-PATTERN spec.endpoints[0].interval @12",
            "K8S-STRUCT-ENUM spec.endpoints[0].relabelings[0].action @14",
            "K8S-STRUCT-UNKNOWN-FIELD status @15");
    assertThat(r.warnings()).extracting(Diagnostic::ruleId).doesNotContain("K8S-STRUCT-UNKNOWN-KIND");
  }

  @Test
  void needsMetadataAndASpec() {
    ValidationReport r = Fixtures.validate("monitor.yaml", """
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        """);
    assertThat(r.errors()).extracting(d -> d.ruleId() + " " + d.path())
        .contains("K8S-STRUCT-REQUIRED metadata", "K8S-STRUCT-REQUIRED spec");
  }

  @Test
  void aMissingSpecIsReportedOnceNotAlsoItsSelector() {
    ValidationReport r = Fixtures.validate("monitor.yaml", """
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: alluxio-metrics}
        """);
    assertThat(r.errors()).extracting(d -> d.ruleId() + " " + d.path()).containsExactly("K8S-STRUCT-REQUIRED spec");
  }

  @Test
  void takesTheCrdsBareZeroAndChecksTheTimeoutLikeTheInterval() {
    ValidationReport r = Fixtures.validate("monitor.yaml", """
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: alluxio-metrics}
        spec:
          selector: {matchLabels: {app.kubernetes.io/name: alluxio}}
          endpoints:
          - {port: web, interval: "0", scrapeTimeout: 10 s}
        """);
    assertThat(r.errors()).extracting(d -> d.ruleId() + " " + d.path())
        .containsExactly("K8S-STRUCT-PATTERN spec.endpoints[0].scrapeTimeout");
  }

  @Test
  void namesEveryValueOfTheWrongKindInsideTheEndpoints() {
    ValidationReport r = Fixtures.validate("monitor.yaml", """
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: alluxio-metrics}
        spec:
          selector: {}
          endpoints:
          - web
          - port: web
            path: 19999
            relabelings:
            - keep
            - {sourceLabels: [__name__, 7], regex: 42, action: keep}
        """);
    assertThat(r.errors()).extracting(d -> d.ruleId() + " " + d.path())
        .containsExactlyInAnyOrder(
            "K8S-STRUCT-TYPE spec.endpoints[0]",
            "K8S-STRUCT-TYPE spec.endpoints[1].path",
            "K8S-STRUCT-TYPE spec.endpoints[1].relabelings[0]",
            "K8S-STRUCT-TYPE spec.endpoints[1].relabelings[1].sourceLabels[1]",
            "K8S-STRUCT-TYPE spec.endpoints[1].relabelings[1].regex");
  }

  @Test
  void aSpecAndItsListsHaveTheirShapes() {
    ValidationReport notAnObject = Fixtures.validate("monitor.yaml", """
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: [alluxio-metrics]
        spec: alluxio
        """);
    assertThat(notAnObject.errors()).extracting(d -> d.ruleId() + " " + d.path())
        // A list gives the object no name either, which the metadata rules report.
        .containsExactly("K8S-STRUCT-TYPE metadata", "K8S-NAME-REQUIRED metadata.name", "K8S-STRUCT-TYPE spec");
    ValidationReport notALists = Fixtures.validate("monitor.yaml", """
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: alluxio-metrics}
        spec:
          selector: {}
          endpoints: {port: web}
        """);
    assertThat(notALists.errors()).extracting(d -> d.ruleId() + " " + d.path())
        .containsExactly("K8S-STRUCT-TYPE spec.endpoints");
  }

  @Test
  void aServiceMonitorWithoutEndpointsOrOfAnotherVersionIsNotCheckedFurther() {
    ValidationReport noEndpoints = Fixtures.validate("monitor.yaml", """
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: alluxio-metrics}
        spec: {selector: {}}
        """);
    assertThat(noEndpoints.errors()).isEmpty();
    ValidationReport alpha = Fixtures.validate("monitor.yaml", """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: ServiceMonitor
        metadata: {name: alluxio-metrics}
        spec: alluxio
        """);
    assertThat(alpha.errors()).isEmpty();
    assertThat(alpha.warnings()).extracting(Diagnostic::ruleId).containsExactly("K8S-STRUCT-UNKNOWN-KIND");
  }
}
