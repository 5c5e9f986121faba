package dev.alluxiok8s.render.yaml;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1ServiceSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1StatefulSetSpec;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V1VolumeResourceRequirements;
import java.util.List;
import java.util.Map;

/** A realistic Alluxio master (headless Service + StatefulSet), built the way a renderer would. */
final class MasterFixture {

  private MasterFixture() {}

  static List<Object> objects() {
    return List.of(service(), statefulSet());
  }

  static V1Service service() {
    return new V1Service()
        .apiVersion("v1")
        .kind("Service")
        .metadata(new V1ObjectMeta().name("alluxio-master-0").namespace("alluxio").labels(labels()))
        .spec(
            new V1ServiceSpec()
                .clusterIP("None")
                .selector(Map.of("statefulset.kubernetes.io/pod-name", "alluxio-master-0"))
                .addPortsItem(
                    new V1ServicePort().name("rpc").port(19998).targetPort(new IntOrString(19998)))
                .addPortsItem(
                    new V1ServicePort().name("web").port(19999).targetPort(new IntOrString("web"))));
  }

  static V1StatefulSet statefulSet() {
    return new V1StatefulSet()
        .apiVersion("apps/v1")
        .kind("StatefulSet")
        .metadata(new V1ObjectMeta().name("alluxio-master").namespace("alluxio").labels(labels()))
        .spec(
            new V1StatefulSetSpec()
                .replicas(3)
                .serviceName("alluxio-master")
                .podManagementPolicy("Parallel")
                .selector(new V1LabelSelector().matchLabels(Map.of("app", "alluxio", "role", "master")))
                .template(
                    new V1PodTemplateSpec()
                        .metadata(new V1ObjectMeta().labels(labels()))
                        .spec(podSpec()))
                .addVolumeClaimTemplatesItem(journalClaim()));
  }

  private static V1PodSpec podSpec() {
    return new V1PodSpec()
        .hostNetwork(false)
        .addContainersItem(
            new V1Container()
                .name("alluxio-master")
                .image("alluxio/alluxio:2.9.3")
                .imagePullPolicy("IfNotPresent")
                .command(List.of("tini", "--", "/entrypoint.sh"))
                .args(List.of("master-only", "--no-format"))
                .addEnvItem(
                    new V1EnvVar()
                        .name("ALLUXIO_MASTER_HOSTNAME")
                        .valueFrom(
                            new V1EnvVarSource()
                                .fieldRef(new V1ObjectFieldSelector().fieldPath("status.podIP"))))
                .addEnvItem(new V1EnvVar().name("ALLUXIO_MASTER_JAVA_OPTS").value("-Xmx8g -Xms1g"))
                .addEnvItem(new V1EnvVar().name("ALLUXIO_SECURITY_ENABLED").value("false"))
                .addPortsItem(new V1ContainerPort().name("rpc").containerPort(19998))
                .addPortsItem(new V1ContainerPort().name("web").containerPort(19999))
                .resources(
                    new V1ResourceRequirements()
                        .limits(Map.of("cpu", new Quantity("4"), "memory", new Quantity("1.5Gi")))
                        .requests(Map.of("cpu", new Quantity("500m"), "memory", new Quantity("1Gi"))))
                .livenessProbe(
                    new V1Probe()
                        .tcpSocket(new V1TCPSocketAction().port(new IntOrString("rpc")))
                        .initialDelaySeconds(15)
                        .periodSeconds(30))
                .addVolumeMountsItem(new V1VolumeMount().name("alluxio-journal").mountPath("/journal"))
                .addVolumeMountsItem(new V1VolumeMount().name("scratch").mountPath("/tmp/alluxio")))
        .addVolumesItem(new V1Volume().name("scratch").emptyDir(new V1EmptyDirVolumeSource()))
        .addVolumesItem(
            new V1Volume()
                .name("alluxio-config")
                .configMap(new V1ConfigMapVolumeSource().name("alluxio-config").defaultMode(0755)));
  }

  private static V1PersistentVolumeClaim journalClaim() {
    return new V1PersistentVolumeClaim()
        .metadata(new V1ObjectMeta().name("alluxio-journal"))
        .spec(
            new V1PersistentVolumeClaimSpec()
                .accessModes(List.of("ReadWriteOnce"))
                .storageClassName("standard")
                .resources(
                    new V1VolumeResourceRequirements()
                        .requests(Map.of("storage", new Quantity("30Gi")))));
  }

  private static Map<String, String> labels() {
    return Map.of(
        "app.kubernetes.io/name", "alluxio",
        "app.kubernetes.io/component", "master",
        "app", "alluxio",
        "role", "master",
        "release", "1.0");
  }
}
