package dev.alluxiok8s.validation.rules;

import static dev.alluxiok8s.validation.rules.RuleFindings.of;
import static dev.alluxiok8s.validation.rules.RuleFindings.pod;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A container's resources, probes, handler ports, host ports and mounts of the pod's own volumes. */
class ResourcesAndProbesTest {

  @Test
  void aQuantityBelowZeroIsRefusedWhereItIsWritten() throws Exception {
    assertThat(of(PodSpecRules.RESOURCES, pod("resources:\n  requests: {cpu: '-1'}"))).containsExactly(
        "spec.containers[0].resources.requests.cpu: Invalid value: \"-1\": must be greater than or equal to 0"
            + " | use a non-negative quantity");
    assertThat(of(PodSpecRules.RESOURCES, pod("resources:\n  requests: {cpu: '0'}"))).isEmpty();
  }

  @Test
  void hugepagesAreNeverOvercommitted() throws Exception {
    assertThat(of(PodSpecRules.RESOURCES, pod("resources:\n  requests: {hugepages-2Mi: 1Gi}"))).containsExactly(
        "spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources"
            + " | set limits.hugepages-2Mi equal to the request");
    assertThat(of(PodSpecRules.RESOURCES,
        pod("resources:\n  requests: {hugepages-2Mi: 1Gi}\n  limits: {hugepages-2Mi: 2Gi}"))).containsExactly(
        "spec.containers[0].resources.requests.hugepages-2Mi: Invalid value: \"1Gi\": must be equal to hugepages-2Mi"
            + " limit of 2Gi | requests and limits of hugepages-2Mi must be equal");
  }

  @Test
  void resourcesOfTheKubernetesDomainMayBeOvercommitted() throws Exception {
    assertThat(of(PodSpecRules.RESOURCES,
        pod("resources:\n  requests: {kubernetes.io/widget: 1}\n  limits: {kubernetes.io/widget: 2}"))).isEmpty();
    assertThat(of(PodSpecRules.RESOURCES,
        pod("resources:\n  requests: {kubernetes.io/widget: 3}\n  limits: {kubernetes.io/widget: 2}"))).containsExactly(
        "spec.containers[0].resources.requests['kubernetes.io/widget']: Invalid value: \"3\": must be less than or"
            + " equal to kubernetes.io/widget limit of 2 | lower the request or raise the limit");
  }

  @Test
  void probeTimingsMayBeZeroButNotNegative() throws Exception {
    assertThat(of(PodSpecRules.PROBE_TIMING,
        pod("readinessProbe:\n  tcpSocket: {port: 80}\n  initialDelaySeconds: 0\n  timeoutSeconds: 0"))).isEmpty();
    assertThat(of(PodSpecRules.PROBE_TIMING, pod("readinessProbe:\n  tcpSocket: {port: 80}\n  initialDelaySeconds: -1")))
        .containsExactly("spec.containers[0].readinessProbe.initialDelaySeconds: Invalid value: -1: must be greater than"
            + " or equal to 0 | use a non-negative number");
  }

  @Test
  void aHandlerPortIsANumberFromOneTo65535OrANameExceptForGrpc() throws Exception {
    assertThat(of(PodSpecRules.PROBE_HANDLER, pod("livenessProbe:\n  httpGet: {path: /, port: 0}"))).containsExactly(
        "spec.containers[0].livenessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive"
            + " | use a port from 1 to 65535");
    assertThat(of(PodSpecRules.PROBE_HANDLER, pod("livenessProbe:\n  httpGet: {path: /, port: 65535}"))).isEmpty();
    assertThat(of(PodSpecRules.PROBE_HANDLER, pod("ports:\n- {name: grpc, containerPort: 9000}\nlivenessProbe:\n  grpc: {port: grpc}")))
        .containsExactly("spec.containers[0].livenessProbe.grpc.port: Invalid value: \"grpc\": must be of type integer"
            + " | gRPC probes take a port number");
  }

  @Test
  void aHostPortMayBeZeroForNone() throws Exception {
    assertThat(of(PodSpecRules.PORT_RANGE, pod("ports:\n- {containerPort: 80, hostPort: 0}"))).isEmpty();
    assertThat(of(PodSpecRules.PORT_RANGE, pod("ports:\n- {containerPort: 80, hostPort: 65536}"))).containsExactly(
        "spec.containers[0].ports[0].hostPort: Invalid value: 65536: must be between 0 and 65535, inclusive"
            + " | use a port from 1 to 65535, or 0 for none");
  }

  @Test
  void aMountFindsTheVolumeOfItsPod() throws Exception {
    String yaml = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          volumes:
          - {name: data, emptyDir: {}}
          containers:
          - name: c
            image: busybox:1.36
            volumeMounts:
            - {name: data, mountPath: /data}
            - {name: cache, mountPath: /cache}
        """;

    assertThat(of(PodSpecRules.VOLUMEMOUNT_NOT_FOUND, yaml)).containsExactly(
        "spec.containers[0].volumeMounts[1].name: Not found: \"cache\" | add a volume named \"cache\" to the pod's"
            + " volumes, or remove the mount");
  }
}
