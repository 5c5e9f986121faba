package dev.alluxiok8s.validation.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.manifest.Manifests;
import org.junit.jupiter.api.Test;

/**
 * A Service may select one pod of a StatefulSet by the labels the controller adds to each pod
 * (name-ordinal and ordinal); it selects nothing when that ordinal is not one of the set's pods.
 */
class PerPodServicesTest {

  /** A StatefulSet of {@code replicas} pods numbered from {@code start}, and a Service selecting {@code label}. */
  private static String bundle(String ordinals, String replicas, String label) {
    return """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: master}
        spec:
          serviceName: master
          %s
          %s
          selector:
            matchLabels: {app: a}
          template:
            metadata:
              labels: {app: a}
            spec:
              containers:
              - name: c
                image: busybox:1.36
                ports:
                - {name: rpc, containerPort: 19998}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: one-master}
        spec:
          clusterIP: None
          selector: {app: a, %s}
          ports:
          - {name: rpc, port: 19998, targetPort: rpc}
        """.formatted(ordinals, replicas, label);
  }

  private static boolean selectsNoPod(String ordinals, String replicas, String label) throws Exception {
    return KubernetesValidator.builder().build().validate(Manifests.read("m.yaml", bundle(ordinals, replicas, label)))
        .findings().stream().anyMatch(d -> d.ruleId().equals(BundleRules.SERVICE_NO_PODS));
  }

  private static final String POD_NAME = "statefulset.kubernetes.io/pod-name: ";
  private static final String POD_INDEX = "apps.kubernetes.io/pod-index: ";

  @Test
  void theLastPodOfTheSetIsSelectedAndOnePastItIsNot() throws Exception {
    assertThat(selectsNoPod("", "replicas: 3", POD_NAME + "master-2")).isFalse();
    assertThat(selectsNoPod("", "replicas: 3", POD_NAME + "master-3")).isTrue();
    assertThat(selectsNoPod("", "replicas: 3", POD_INDEX + "'2'")).isFalse();
    assertThat(selectsNoPod("", "replicas: 3", POD_INDEX + "'3'")).isTrue();
  }

  @Test
  void aSetWithoutReplicasHasOnePod() throws Exception {
    assertThat(selectsNoPod("", "", POD_NAME + "master-0")).isFalse();
    assertThat(selectsNoPod("", "", POD_NAME + "master-1")).isTrue();
  }

  @Test
  void ordinalsStartWhereTheSetSays() throws Exception {
    assertThat(selectsNoPod("ordinals: {start: 5}", "replicas: 2", POD_NAME + "master-6")).isFalse();
    assertThat(selectsNoPod("ordinals: {start: 5}", "replicas: 2", POD_NAME + "master-4")).isTrue();
    assertThat(selectsNoPod("ordinals: {start: 5}", "replicas: 2", POD_NAME + "master-7")).isTrue();
    assertThat(selectsNoPod("ordinals: {start: 100000000}", "replicas: 1", POD_NAME + "master-100000000")).isFalse();
  }

  @Test
  void aNameThatIsNotTheSetsNameAndAnOrdinalSelectsNothing() throws Exception {
    assertThat(selectsNoPod("", "replicas: 3", POD_NAME + "worker-0")).isTrue();
    assertThat(selectsNoPod("", "replicas: 3", POD_NAME + "master-")).isTrue();
    assertThat(selectsNoPod("", "replicas: 3", POD_NAME + "master-x")).isTrue();
    assertThat(selectsNoPod("ordinals: {start: 1000000000}", "replicas: 1", POD_NAME + "master-1000000000")).isTrue();
  }
}
