package dev.alluxiok8s.helm.mapping;

import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.errors;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.read;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.model.container.Sidecar;
import dev.alluxiok8s.model.container.SidecarPort;
import dev.alluxiok8s.model.image.PullPolicy;
import dev.alluxiok8s.model.pod.PodExtras;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Chart 0.6.x's extra volumes, mounts and containers in their details: each field the chart's
 * templates render reaches the model, and what the model refuses is reported at the key it came from.
 */
class PodAdditionsValuesTest {

  private static PodExtras masterPod(String yaml) throws Exception {
    return read(ChartLine.V0_6, yaml).cluster().spec().masters().pod();
  }

  @Test
  void anEmptyDirKeepsItsMediumAndSizeLimitAndAConfigMapItsModeInEachNotation() throws Exception {
    PodExtras pod = masterPod("""
        master:
          extraVolumes:
          - name: scratch
            emptyDir: {medium: Memory, sizeLimit: 1Gi}
          - name: octal
            configMap: {name: conf, defaultMode: 0o440}
          - name: decimal
            configMap: {name: conf, defaultMode: 420}
        """);

    assertThat(pod.volumes().get(0).emptyDir().orElseThrow().medium()).contains("Memory");
    assertThat(pod.volumes().get(0).emptyDir().orElseThrow().sizeLimit()).contains("1Gi");
    assertThat(pod.volumes().get(1).configMap().orElseThrow().defaultMode()).contains(0440);
    assertThat(pod.volumes().get(2).configMap().orElseThrow().defaultMode()).contains(420);
  }

  @Test
  void aMountsSubPathIsKeptUnlessEmptyAndKeysLeftEmptyAreNoList() throws Exception {
    PodExtras pod = masterPod("""
        master:
          extraVolumes:
          - name: conf
            configMap: {name: conf}
          extraVolumeMounts:
          - {name: conf, mountPath: /opt/conf, subPath: site}
          - {name: conf, mountPath: /opt/all, subPath: ''}
          extraContainers:
        """);

    assertThat(pod.volumeMounts().get(0).subPath()).contains("site");
    assertThat(pod.volumeMounts().get(1).subPath()).isEmpty();
    assertThat(pod.containers()).isEmpty();
  }

  @Test
  void aSidecarKeepsItsPortsPullPolicyAndRequests() throws Exception {
    Sidecar sidecar = masterPod("""
        master:
          extraContainers:
          - name: exporter
            image: busybox:1.36
            imagePullPolicy: Never
            ports:
            - {name: metrics, containerPort: 9102}
            resources:
              requests: {cpu: 100m}
        """).containers().get(0);

    assertThat(sidecar.ports()).extracting(SidecarPort::name, SidecarPort::containerPort)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("metrics"), 9102));
    assertThat(sidecar.image().pullPolicy()).isEqualTo(PullPolicy.NEVER);
    assertThat(sidecar.resources().orElseThrow().requests()).containsEntry("cpu", "100m");
  }

  @Test
  void envValueFromWithoutEnvIsIgnoredAsTheChartDoesWithAWarning() throws Exception {
    HelmImport imported = read(ChartLine.V0_6, """
        master:
          extraContainers:
          - name: exporter
            image: busybox:1.36
            envValueFrom: {POD: metadata.name}
        """);

    assertThat(imported.cluster().spec().masters().pod().containers().get(0).env()).isEmpty();
    assertThat(warnings(imported)).anySatisfy(w -> assertThat(w).startsWith(
        "config.yaml:7:5: warning: master.extraContainers[0].envValueFrom: the chart ignores it"));
  }

  @Test
  void aContainerWithNeitherNameNorImageGetsBothErrorsInOneRun() {
    assertThat(errors(ChartLine.V0_6, "master:\n  extraContainers:\n  - {imagePullPolicy: Never}\n")).containsExactly(
        "config.yaml:5:5: error: master.extraContainers[0]: a container needs name",
        "config.yaml:5:5: error: master.extraContainers[0]: a container needs an image, written repository:tag with a "
            + "pinned tag");
  }

  @Test
  void aSidecarsKeysLeftEmptyAreAsIfAbsent() throws Exception {
    // An empty key holds YAML's null, as the chart's own defaults leave keys; its template skips them.
    HelmImport imported = read(ChartLine.V0_6, """
        master:
          extraContainers:
          - name: exporter
            image: busybox:1.36
            imagePullPolicy:
            resources:
            env:
            ports:
            volumeMounts:
        """);

    Sidecar sidecar = imported.cluster().spec().masters().pod().containers().get(0);
    assertThat(sidecar.resources()).isEmpty();
    assertThat(sidecar.env()).isEmpty();
    assertThat(sidecar.ports()).isEmpty();
    assertThat(sidecar.volumeMounts()).isEmpty();
    assertThat(sidecar.image().pullPolicy()).isEqualTo(imported.cluster().spec().images().alluxio().pullPolicy());
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("master:\n  extraVolumes: [scratch]\n",
            "config.yaml:4:18: error: master.extraVolumes[0]: expected a volume"),
        Arguments.of("master:\n  extraVolumes:\n  - {name: conf, configMap: {name: conf, defaultMode: rw}}\n",
            "config.yaml:5:42: error: master.extraVolumes[0].configMap.defaultMode: expected a file mode such as 0444, got \"rw\""),
        Arguments.of("master:\n  extraContainers:\n  - {name: exporter}\n",
            "config.yaml:5:5: error: master.extraContainers[0]: a container needs an image"),
        Arguments.of("master:\n  extraContainers:\n  - {name: exporter, image: busybox}\n",
            "config.yaml:5:22: error: master.extraContainers[0].image: \"busybox\" names no tag; pin one"),
        Arguments.of("master:\n  extraContainers:\n  - {name: exporter, image: 'busybox:1.36', envFrom: [{secretRef: {name: s}}]}\n",
            "config.yaml:5:45: error: master.extraContainers[0].envFrom: a sidecar's envFrom is not supported"),
        Arguments.of("master:\n  extraContainers:\n  - {name: exporter, image: 'busybox:1.36', ports: [9102]}\n",
            "config.yaml:5:53: error: master.extraContainers[0].ports[0]: expected a port (name, containerPort), got a scalar"),
        Arguments.of("master:\n  extraContainers:\n  - name: exporter\n    image: busybox:1.36\n    ports:\n    - {name: metrics}\n",
            "config.yaml:8:7: error: master.extraContainers[0].ports[0]: a port needs containerPort"),
        Arguments.of("master:\n  extraVolumes:\n  - emptyDir: {}\n",
            "config.yaml:5:5: error: master.extraVolumes[0]: a volume needs name"),
        Arguments.of("master:\n  extraVolumeMounts:\n  - {mountPath: /opt/conf}\n",
            "config.yaml:5:5: error: master.extraVolumeMounts[0]: a volume mount needs name (the volume) and mountPath"),
        Arguments.of("master:\n  extraVolumeMounts:\n  - {name: conf}\n",
            "config.yaml:5:5: error: master.extraVolumeMounts[0]: a volume mount needs name (the volume) and mountPath"),
        Arguments.of("master:\n  extraContainers:\n  - {name: exporter, image: 'busybox:1.36', volumeMounts: [{name: conf}]}\n",
            "config.yaml:5:60: error: master.extraContainers[0].volumeMounts[0]: a volume mount needs name"),
        Arguments.of("master:\n  extraContainers:\n  - {image: 'busybox:1.36'}\n",
            "config.yaml:5:5: error: master.extraContainers[0]: a container needs name"));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void whatTheChartCannotRenderIsAnErrorAtItsKey(String yaml, String expectedStart) {
    assertThat(errors(ChartLine.V0_6, yaml)).anySatisfy(e -> assertThat(e).startsWith(expectedStart));
  }

  static Stream<Arguments> misplaced() {
    return Stream.of(
        Arguments.of("master:\n  extraVolumes:\n  - name: Bad_Name\n    emptyDir: {}\n",
            "config.yaml:5:5: error: master.extraVolumes[0].name: "),
        Arguments.of("master:\n  extraVolumes:\n  - name: scratch\n    emptyDir: {sizeLimit: lots}\n",
            "config.yaml:6:5: error: master.extraVolumes[0].emptyDir: "),
        Arguments.of("master:\n  extraVolumes:\n  - name: conf\n    configMap: {name: Bad_Name}\n",
            "config.yaml:6:5: error: master.extraVolumes[0].configMap: "),
        Arguments.of("master:\n  extraVolumes:\n  - name: conf\n    configMap: {name: conf, defaultMode: 4096}\n",
            "config.yaml:6:29: error: master.extraVolumes[0].configMap.defaultMode: must be a file mode between 0 and 0777"),
        Arguments.of("master:\n  extraVolumeMounts:\n  - {name: conf, mountPath: relative}\n",
            "config.yaml:5:18: error: master.extraVolumeMounts[0].mountPath: must be an absolute path"),
        Arguments.of("master:\n  extraContainers:\n  - name: Bad_Name\n    image: busybox:1.36\n",
            "config.yaml:5:5: error: master.extraContainers[0].name: "),
        Arguments.of("master:\n  extraContainers:\n  - name: exporter\n    image: 'Bad Repo:1.0'\n",
            "config.yaml:6:5: error: master.extraContainers[0].image: "),
        Arguments.of("master:\n  extraContainers:\n  - name: exporter\n    image: busybox:1.36\n    ports:\n    - {name: Bad_Name, containerPort: 9102}\n",
            "config.yaml:8:8: error: master.extraContainers[0].ports[0].name: \"Bad_Name\": must contain only"),
        Arguments.of("master:\n  extraContainers:\n  - name: exporter\n    image: busybox:1.36\n    ports:\n    - {containerPort: 70000}\n",
            "config.yaml:8:8: error: master.extraContainers[0].ports[0].containerPort: must be between 1 and 65535"),
        Arguments.of("master:\n  extraContainers:\n  - name: exporter\n    image: busybox:1.36\n    resources:\n      requests: {cpu: lots}\n",
            "config.yaml:7:5: error: master.extraContainers[0].resources: "),
        Arguments.of("master:\n  extraContainers:\n  - name: exporter\n    image: busybox:1.36\n    env: {A: b}\n"
            + "    envValueFrom: {POD: bad.field}\n",
            "config.yaml:8:20: error: master.extraContainers[0].envValueFrom.POD: \"bad.field\" is not a field"));
  }

  @ParameterizedTest
  @MethodSource("misplaced")
  void aModelProblemInsideAPodAdditionPointsAtItsKey(String yaml, String expectedStart) {
    assertThat(errors(ChartLine.V0_6, yaml)).anySatisfy(e -> assertThat(e).startsWith(expectedStart))
        .noneSatisfy(e -> assertThat(e).startsWith("config.yaml:1:1:"));
  }
}
