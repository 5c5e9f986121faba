package dev.alluxiok8s.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.alluxiok8s.validation.manifest.Manifest;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Malformed input must come out as findings, never as an exception: every node of a realistic bundle is
 * replaced, one at a time, by a value of each other JSON type.
 */
class RobustnessTest {

  private static final String BUNDLE = """
      apiVersion: v1
      kind: Service
      metadata: {name: m, labels: {app: a}}
      spec:
        clusterIP: None
        selector: {app: a}
        ports: [{name: rpc, port: 19998, targetPort: rpc}]
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: m, annotations: {alluxio-k8s.dev/pod-security-level: baseline, alluxio-k8s.dev/pod-security-reason: x}}
      spec:
        serviceName: m
        replicas: 1
        selector: {matchLabels: {app: a}, matchExpressions: [{key: app, operator: In, values: [a]}]}
        updateStrategy: {type: RollingUpdate, rollingUpdate: {partition: 0}}
        template:
          metadata: {labels: {app: a}, annotations: {container.apparmor.security.beta.kubernetes.io/c: runtime/default}}
          spec:
            securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}, sysctls: [{name: a, value: b}]}
            affinity: {podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{topologyKey: k, labelSelector: {matchLabels: {app: a}}}]}}
            serviceAccountName: sa
            imagePullSecrets: [{name: pull}]
            initContainers: [{name: i, image: "busybox:1.36", command: [sh, -c, "a=b"]}]
            containers:
            - name: c
              image: "alluxio/alluxio:2.9.4"
              args: [--token=x]
              env:
              - {name: A, value: b}
              - {name: B, valueFrom: {secretKeyRef: {name: s, key: k}}}
              envFrom: [{configMapRef: {name: cm}}]
              ports: [{name: rpc, containerPort: 19998, hostPort: 19998}]
              resources: {requests: {cpu: 500m, memory: 1Gi}, limits: {cpu: "1", memory: 1Gi}}
              readinessProbe: {tcpSocket: {port: rpc}, successThreshold: 1}
              lifecycle: {preStop: {exec: {command: [x]}}}
              securityContext: {capabilities: {add: [SYS_ADMIN], drop: [ALL]}, seLinuxOptions: {type: spc_t}}
              volumeMounts: [{name: v, mountPath: /v, subPath: a}, {name: j, mountPath: /j}]
            volumes:
            - {name: v, hostPath: {path: /tmp}}
            - {name: p, projected: {sources: [{configMap: {name: cm}}, {secret: {name: s}}]}}
        volumeClaimTemplates: [{metadata: {name: j}, spec: {resources: {requests: {storage: 1Gi}}}}]
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: cm}
      data: {password: x, JAVA_OPTS: "-Daws.secretKey=y"}
      binaryData: {b: eQ==}
      """;

  private static final List<Object> REPLACEMENTS =
      Arrays.asList("text", 7L, new BigDecimal("-1.5"), Boolean.TRUE, null, List.of("x", 1L), Map.of("k", "v"));

  @Test
  void everyWrongTypeAnywhereIsAFindingNotAnException() throws Exception {
    KubernetesValidator validator = KubernetesValidator.builder().build();
    List<Manifest> original = Manifests.read("r.yaml", BUNDLE);
    int variants = 0;
    for (int doc = 0; doc < original.size(); doc++) {
      for (List<Object> path : paths(original.get(doc).tree(), new ArrayList<>())) {
        for (Object replacement : REPLACEMENTS) {
          List<Map<String, Object>> trees = new ArrayList<>();
          for (Manifest m : original) {
            trees.add(copy(m.tree()));
          }
          set(trees.get(doc), path, replacement);
          assertThatCode(() -> validator.validateTrees(trees))
              .as("document %d, %s replaced by %s", doc, path, replacement)
              .doesNotThrowAnyException();
          variants++;
        }
      }
    }
    assertThat(variants).isGreaterThan(1000);
  }

  /** Every path to a node below the root. */
  private static List<List<Object>> paths(Object node, List<Object> prefix) {
    List<List<Object>> out = new ArrayList<>();
    if (node instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        List<Object> p = new ArrayList<>(prefix);
        p.add(e.getKey());
        out.add(p);
        out.addAll(paths(e.getValue(), p));
      }
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        List<Object> p = new ArrayList<>(prefix);
        p.add(i);
        out.add(p);
        out.addAll(paths(l.get(i), p));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T> T copy(T node) {
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> c = new LinkedHashMap<>();
      m.forEach((k, v) -> c.put((String) k, copy(v)));
      return (T) c;
    }
    if (node instanceof List<?> l) {
      List<Object> c = new ArrayList<>();
      l.forEach(v -> c.add(copy(v)));
      return (T) c;
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static void set(Object root, List<Object> path, Object value) {
    Object node = root;
    for (int i = 0; i < path.size() - 1; i++) {
      Object key = path.get(i);
      node = key instanceof Integer idx ? ((List<Object>) node).get(idx) : ((Map<String, Object>) node).get(key);
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer idx) {
      ((List<Object>) node).set(idx, value);
    } else {
      ((Map<String, Object>) node).put((String) last, value);
    }
  }
}
