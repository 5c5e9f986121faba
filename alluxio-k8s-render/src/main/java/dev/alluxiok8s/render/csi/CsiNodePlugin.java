package dev.alluxiok8s.render.csi;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.csi.Csi;
import dev.alluxiok8s.model.placement.DnsPolicy;
import dev.alluxiok8s.model.placement.Placement;
import dev.alluxiok8s.render.config.ConfigMapData;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.object.DraftObject;
import dev.alluxiok8s.render.pod.ContainerResources;
import dev.alluxiok8s.render.pod.CredentialEnv;
import dev.alluxiok8s.render.pod.PodSpecs;
import dev.alluxiok8s.render.pod.SecurityContexts;
import dev.alluxiok8s.render.security.PodSecurityAnnotations;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1ConfigMapEnvSource;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1DaemonSetSpec;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1ExecAction;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.List;

/**
 * The CSI node plugin: a pod per node with the node-driver-registrar sidecar, which registers the
 * driver's socket with the kubelet, and Alluxio's {@code csiserver}, which mounts each volume with
 * FUSE under the kubelet's directory (or starts a FUSE pod for it, with {@code mountInPod}).
 *
 * <p>The {@code csiserver} container is privileged and root with {@code SYS_ADMIN}: mount(2) needs
 * both, and the kubelet sees a mount made in a container only through {@code Bidirectional}
 * propagation, which only privileged containers may use. The pod shares the node's network, as the
 * chart's, so FUSE is local to the node's worker. The registrar keeps the restricted hardening.
 */
final class CsiNodePlugin {

  static final String ENTRYPOINT = "/entrypoint.sh";
  static final String REGISTRAR = "node-driver-registrar";
  static final String NODE_SERVER = "csi-nodeserver";
  static final String KUBELET_DIR = "/var/lib/kubelet";
  static final String PLUGIN_DIR = KUBELET_DIR + "/plugins/csi-alluxio-plugin";
  static final String REGISTRATION_DIR = KUBELET_DIR + "/plugins_registry";
  /** Where Alluxio's csiserver reads the FUSE pod template (mountInPod). */
  static final String TEMPLATE_DIR = "/opt/alluxio/integration/kubernetes/csi";
  static final String TEMPLATE_FILE = "alluxio-csi-fuse.yaml";

  private final RenderContext context;

  CsiNodePlugin(RenderContext context) {
    this.context = context;
  }

  /** The arguments of Alluxio's CSI server, in the controller and on the nodes alike. */
  static List<String> csiServerArgs() {
    return List.of("csiserver", "--v=5", "--nodeid=$(NODE_ID)", "--endpoint=$(CSI_ENDPOINT)");
  }

  DraftObject daemonSet() {
    ClusterSpec spec = context.spec();
    Csi csi = spec.csi();
    V1Container registrar = new V1Container().name(REGISTRAR)
        .image(csi.nodeDriverRegistrarImage().reference())
        .imagePullPolicy(csi.nodeDriverRegistrarImage().pullPolicy().value())
        .args(List.of("--v=5", "--csi-address=/plugin/csi.sock", "--kubelet-registration-path=" + PLUGIN_DIR + "/csi.sock"))
        .env(List.of(CredentialEnv.fromField("KUBE_NODE_NAME", "spec.nodeName")))
        // Its image has no shell; it probes itself: has the kubelet registered the driver?
        .readinessProbe(registrationProbe().periodSeconds(10))
        .livenessProbe(registrationProbe().initialDelaySeconds(30).periodSeconds(30).failureThreshold(3))
        .resources(ContainerResources.of(csi.nodeDriverRegistrarResources()))
        .securityContext(SecurityContexts.process())
        .volumeMounts(List.of(new V1VolumeMount().name("plugin-dir").mountPath("/plugin"),
            new V1VolumeMount().name("registration-dir").mountPath("/registration")));
    V1Container nodeServer = new V1Container().name(NODE_SERVER)
        .image(spec.images().alluxio().reference())
        .imagePullPolicy(spec.images().alluxio().pullPolicy().value())
        .command(List.of(ENTRYPOINT))
        .args(csiServerArgs())
        .env(List.of(
            CredentialEnv.fromField(ConfigMapData.CLIENT_HOSTNAME_VARIABLE, "status.hostIP"),
            CredentialEnv.fromField("NODE_ID", "spec.nodeName"),
            new V1EnvVar().name("CSI_ENDPOINT").value("unix://plugin/csi.sock"),
            CredentialEnv.fromField("NAMESPACE", "metadata.namespace")))
        .envFrom(List.of(new V1EnvFromSource().configMapRef(new V1ConfigMapEnvSource().name(context.names().configMap()))))
        .resources(ContainerResources.of(csi.nodeServerResources()))
        .readinessProbe(socketProbe("/plugin/csi.sock").periodSeconds(10))
        .livenessProbe(socketProbe("/plugin/csi.sock").periodSeconds(30).failureThreshold(3))
        .securityContext(new V1SecurityContext().privileged(true).runAsUser(0L).runAsGroup(0L).runAsNonRoot(false)
            .capabilities(new V1Capabilities().add(List.of("SYS_ADMIN"))))
        .volumeMounts(List.of(new V1VolumeMount().name("plugin-dir").mountPath("/plugin"),
            new V1VolumeMount().name("pods-mount-dir").mountPath(KUBELET_DIR).mountPropagation("Bidirectional"),
            new V1VolumeMount().name("fuse-template").mountPath(TEMPLATE_DIR)));
    V1PodSpec pod = PodSpecs.base(spec, Placement.anywhere(), true, DnsPolicy.CLUSTER_FIRST_WITH_HOST_NET)
        // No pod-wide user: the registrar writes its socket into the kubelet's root-owned registry
        // directory, so it keeps the image's root user (with every capability dropped).
        .serviceAccountName(context.names().csiNodePlugin())
        .containers(List.of(registrar, nodeServer))
        .volumes(List.of(
            hostPath("plugin-dir", PLUGIN_DIR, "DirectoryOrCreate"),
            hostPath("pods-mount-dir", KUBELET_DIR, "Directory"),
            hostPath("registration-dir", REGISTRATION_DIR, "Directory"),
            new V1Volume().name("fuse-template").configMap(new V1ConfigMapVolumeSource().name(context.names().csiFuse())
                .items(List.of(new V1KeyToPath().key(CsiFusePodTemplate.KEY).path(TEMPLATE_FILE))))));
    V1ObjectMeta meta = context.metadata().of(Component.CSI_NODE_PLUGIN, context.names().csiNodePlugin());
    csi.podSecurity().ifPresent(e -> PodSecurityAnnotations.apply(meta, e));
    return new DraftObject(Component.CSI_NODE_PLUGIN, new V1DaemonSet().apiVersion("apps/v1").kind("DaemonSet")
        .metadata(meta)
        .spec(new V1DaemonSetSpec()
            .selector(new V1LabelSelector().matchLabels(context.metadata().labels().selector(Component.CSI_NODE_PLUGIN)))
            .template(new V1PodTemplateSpec().metadata(context.configuredPodTemplate(Component.CSI_NODE_PLUGIN))
                .spec(pod))));
  }

  /** Passes while the CSI server's socket exists: it creates it when it serves, and removes a stale one at start. */
  static V1Probe socketProbe(String socket) {
    return new V1Probe().exec(new V1ExecAction().command(List.of("test", "-S", socket)));
  }

  private static V1Probe registrationProbe() {
    return new V1Probe().exec(new V1ExecAction().command(List.of("/csi-node-driver-registrar",
        "--kubelet-registration-path=" + PLUGIN_DIR + "/csi.sock", "--mode=kubelet-registration-probe")));
  }

  private static V1Volume hostPath(String name, String path, String type) {
    return new V1Volume().name(name).hostPath(new V1HostPathVolumeSource().path(path).type(type));
  }
}
