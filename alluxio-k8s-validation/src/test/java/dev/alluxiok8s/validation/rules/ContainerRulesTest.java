package dev.alluxiok8s.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.JavaApiWording;
import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.manifest.Manifests;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A container's env, devices, hooks and ports, each refusal at its field with its hint. */
class ContainerRulesTest {

  /** A Pod whose one container {@code c} also has {@code fields} (YAML, indented as container fields). */
  private static String pod(String fields) {
    StringBuilder b = new StringBuilder("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          volumes:
          - {name: data, emptyDir: {}}
          containers:
          - name: c
            image: busybox:1.36
        """);
    fields.lines().forEach(l -> b.append("    ").append(l).append('\n'));
    return b.toString();
  }

  private static List<String> findings(String version, String rule, String yaml) throws Exception {
    return KubernetesValidator.builder().kubernetesVersion(KubernetesVersion.parse(version)).build()
        .validate(Manifests.read("p.yaml", yaml)).findings().stream()
        .filter(d -> d.ruleId().equals(rule))
        .map(d -> d.path() + ": " + d.message() + " | " + JavaApiWording.INSTANCE.words(d.remedy()))
        .toList();
  }

  @Test
  void envNamesFollowTheRulesOfTheRelease() throws Exception {
    String digitFirst = pod("env:\n- {name: 1ST, value: x}");

    assertThat(findings("1.31", PodSpecRules.ENV_NAME, digitFirst)).singleElement().asString()
        .startsWith("spec.containers[0].env[0].name: Invalid value: \"1ST\": ")
        .endsWith(" | use letters, digits, '_', '-' and '.', not starting with a digit");
    assertThat(findings("1.32", PodSpecRules.ENV_NAME, digitFirst)).isEmpty();
    assertThat(findings("1.32", PodSpecRules.ENV_NAME, pod("env:\n- {name: 'A=B', value: x}"))).singleElement()
        .asString().endsWith(" | remove '=' and non-printable characters");
  }

  @Test
  void anEnvVarTakesItsValueFromOneSource() throws Exception {
    String two = pod("""
        env:
        - name: K
          valueFrom:
            fieldRef: {fieldPath: metadata.name}
            secretKeyRef: {name: s, key: k}
        """);
    String none = pod("env:\n- name: K\n  valueFrom: {}");

    assertThat(findings("1.36", PodSpecRules.ENV_SOURCE, two)).containsExactly(
        "spec.containers[0].env[0].valueFrom: Invalid value: \"\": may not have more than one field specified at a time"
            + " | keep one source");
    assertThat(findings("1.36", PodSpecRules.ENV_SOURCE, none)).singleElement().asString()
        .startsWith("spec.containers[0].env[0].valueFrom: Required value: must specify one of:");
  }

  @Test
  void aVolumeIsEitherMountedOrADevice() throws Exception {
    String both = pod("""
        volumeMounts:
        - {name: data, mountPath: /data}
        volumeDevices:
        - {name: data, devicePath: /dev/xvda}
        """);

    assertThat(findings("1.36", PodSpecRules.VOLUMEMOUNT_PATH, both)).containsExactly(
        "spec.containers[0].volumeDevices[0].name: Invalid value: \"data\": can not be used as both a volumeMount and"
            + " a volumeDevice | use the volume either as a filesystem or as a block device");
  }

  @Test
  void aLifecycleHookNamesAPortTheContainerHas() throws Exception {
    String hook = pod("""
        ports:
        - {name: web, containerPort: 8080}
        lifecycle:
          preStop:
            httpGet: {path: /stop, port: admin}
        """);

    assertThat(findings("1.36", PodSpecRules.PROBE_PORT_NOT_FOUND, hook)).containsExactly(
        "spec.containers[0].lifecycle.preStop.httpGet.port: Not found: \"admin\": the container has no port of that"
            + " name | name one of the container's ports, or give the port number");
    assertThat(findings("1.36", PodSpecRules.PROBE_PORT_NOT_FOUND, hook.replace("port: admin", "port: web"))).isEmpty();
  }

  @Test
  void containerPortsRunFromOneTo65535() throws Exception {
    assertThat(findings("1.36", PodSpecRules.PORT_RANGE, pod("ports:\n- {containerPort: 65535}"))).isEmpty();
    assertThat(findings("1.36", PodSpecRules.PORT_RANGE, pod("ports:\n- {containerPort: 1}"))).isEmpty();
    assertThat(findings("1.36", PodSpecRules.PORT_RANGE, pod("ports:\n- {containerPort: 65536}"))).singleElement()
        .asString().startsWith("spec.containers[0].ports[0].containerPort: Invalid value: 65536: must be between 1 and 65535");
    assertThat(findings("1.36", PodSpecRules.PORT_RANGE, pod("ports:\n- {containerPort: 0}"))).singleElement()
        .asString().startsWith("spec.containers[0].ports[0].containerPort: Invalid value: 0: must be between 1 and 65535");
  }
}
