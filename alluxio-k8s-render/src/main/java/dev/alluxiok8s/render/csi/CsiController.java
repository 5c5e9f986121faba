package dev.alluxiok8s.render.csi;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.csi.Csi;
import dev.alluxiok8s.model.placement.DnsPolicy;
import dev.alluxiok8s.model.placement.Placement;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.object.DraftObject;
import dev.alluxiok8s.render.pod.ContainerPorts;
import dev.alluxiok8s.render.pod.ContainerResources;
import dev.alluxiok8s.render.pod.CredentialEnv;
import dev.alluxiok8s.render.pod.PodSpecs;
import dev.alluxiok8s.render.pod.SecurityContexts;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1ConfigMapEnvSource;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.List;

/**
 * The CSI controller: one pod with the csi-provisioner sidecar, which watches claims of the
 * StorageClass, and Alluxio's {@code csiserver}, which answers it over a socket in a shared
 * emptyDir and checks the volume's Alluxio path with Alluxio's shell.
 *
 * <p>Unlike chart 0.6.54's, it runs on the pod network as Alluxio's user, restricted: it only
 * talks to the API server and the masters, so it needs neither the node's network nor root.
 */
final class CsiController {

  static final String PROVISIONER = "csi-provisioner";
  static final String CONTROLLER = "csi-controller";
  static final String SOCKET_VOLUME = "socket-dir";
  static final String SOCKET_DIR = "/csi";
  static final int HTTP_PORT = 8080;

  private final RenderContext context;

  CsiController(RenderContext context) {
    this.context = context;
  }

  DraftObject deployment() {
    ClusterSpec spec = context.spec();
    Csi csi = spec.csi();
    V1VolumeMount socket = new V1VolumeMount().name(SOCKET_VOLUME).mountPath(SOCKET_DIR);
    V1Container provisioner = new V1Container().name(PROVISIONER)
        .image(csi.provisionerImage().reference())
        .imagePullPolicy(csi.provisionerImage().pullPolicy().value())
        .args(List.of("--v=5", "--csi-address=$(ADDRESS)", "--timeout=60s", "--volume-name-prefix=" + Csi.DRIVER_NAME,
            "--http-endpoint=:" + HTTP_PORT))
        .ports(List.of(ContainerPorts.tcp("http", HTTP_PORT)))
        // Its image has no shell; the HTTP server it runs answers while the provisioner does.
        .readinessProbe(new V1Probe().httpGet(new V1HTTPGetAction().path("/metrics").port(new IntOrString("http"))))
        .livenessProbe(new V1Probe().httpGet(new V1HTTPGetAction().path("/metrics").port(new IntOrString("http")))
            .periodSeconds(30).failureThreshold(3))
        .env(List.of(new V1EnvVar().name("ADDRESS").value(SOCKET_DIR + "/csi.sock")))
        .resources(ContainerResources.of(csi.provisionerResources()))
        .securityContext(SecurityContexts.process())
        .volumeMounts(List.of(socket));
    V1Container controller = new V1Container().name(CONTROLLER)
        .image(spec.images().alluxio().reference())
        .imagePullPolicy(spec.images().alluxio().pullPolicy().value())
        .command(List.of(CsiNodePlugin.ENTRYPOINT))
        .args(CsiNodePlugin.csiServerArgs())
        .env(List.of(CredentialEnv.fromField("NODE_ID", "spec.nodeName"),
            new V1EnvVar().name("CSI_ENDPOINT").value("unix:/" + SOCKET_DIR + "/csi.sock")))
        .envFrom(List.of(new V1EnvFromSource().configMapRef(new V1ConfigMapEnvSource().name(context.names().configMap()))))
        .resources(ContainerResources.of(csi.controllerResources()))
        .readinessProbe(CsiNodePlugin.socketProbe(SOCKET_DIR + "/csi.sock").periodSeconds(10))
        .livenessProbe(CsiNodePlugin.socketProbe(SOCKET_DIR + "/csi.sock").periodSeconds(30).failureThreshold(3))
        .securityContext(SecurityContexts.process())
        .volumeMounts(List.of(socket));
    V1PodSpec pod = PodSpecs.base(spec, Placement.anywhere(), false, DnsPolicy.CLUSTER_FIRST)
        .serviceAccountName(context.names().csiController())
        .securityContext(SecurityContexts.pod(spec.runAs()))
        .containers(List.of(provisioner, controller))
        .volumes(List.of(new V1Volume().name(SOCKET_VOLUME).emptyDir(new V1EmptyDirVolumeSource())));
    return new DraftObject(Component.CSI_CONTROLLER, new V1Deployment().apiVersion("apps/v1").kind("Deployment")
        .metadata(context.metadata().of(Component.CSI_CONTROLLER, context.names().csiController()))
        .spec(new V1DeploymentSpec().replicas(1)
            .selector(new V1LabelSelector().matchLabels(context.metadata().labels().selector(Component.CSI_CONTROLLER)))
            .template(new V1PodTemplateSpec().metadata(context.configuredPodTemplate(Component.CSI_CONTROLLER)).spec(pod))));
  }
}
