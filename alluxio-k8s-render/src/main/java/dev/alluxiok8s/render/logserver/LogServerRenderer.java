package dev.alluxiok8s.render.logserver;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.logserver.LogServer;
import dev.alluxiok8s.model.logserver.LogVolume;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.naming.Metadata;
import dev.alluxiok8s.render.naming.ObjectNames;
import dev.alluxiok8s.render.object.DraftObject;
import dev.alluxiok8s.render.pod.ExternalMounts;
import dev.alluxiok8s.render.pod.ExtraEnv;
import dev.alluxiok8s.render.pod.PodExtrasBlock;
import dev.alluxiok8s.render.pod.PodVolumes;
import dev.alluxiok8s.render.pod.AlluxioContainers;
import dev.alluxiok8s.render.pod.ChownInitContainer;
import dev.alluxiok8s.render.pod.ContainerPorts;
import dev.alluxiok8s.render.pod.PodSpecs;
import dev.alluxiok8s.render.pod.Probes;
import dev.alluxiok8s.render.pod.SecurityContexts;
import dev.alluxiok8s.render.security.PodSecurityAnnotations;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1DeploymentStrategy;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1ServiceSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V1VolumeResourceRequirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alluxio's log server: a Deployment of one pod, the Service whose name the other processes send
 * their logs to (the ConfigMap's {@code ALLUXIO_LOGSERVER_HOSTNAME}), and, for a claim, the claim.
 *
 * <p>The log volume is mounted at {@code /opt/alluxio/logs}, the folder Alluxio's
 * {@code launch-process} hands the log server ({@code ALLUXIO_LOGSERVER_LOGS_DIR}'s default). One
 * pod writes to it, and a {@code ReadWriteOnce} claim cannot be attached twice, so the Deployment
 * replaces its pod ({@code Recreate}) rather than rolling a second one in beside it.
 */
public final class LogServerRenderer {

  static final String CONTAINER = "alluxio-logserver";
  static final String LOGS_VOLUME = "alluxio-logs";
  static final String LOGS_DIRECTORY = "/opt/alluxio/logs";
  static final String PORT_NAME = "logging";

  private final ClusterSpec spec;
  private final ObjectNames names;
  private final Metadata metadata;
  private final RenderContext context;

  public LogServerRenderer(RenderContext context) {
    this.context = context;
    this.spec = context.spec();
    this.names = context.names();
    this.metadata = context.metadata();
  }

  /** The claim, the Service and the Deployment, when the log server is enabled. */
  public List<DraftObject> objects() {
    LogServer logServer = spec.logServer();
    if (!logServer.enabled()) {
      return List.of();
    }
    List<DraftObject> objects = new ArrayList<>();
    claim(logServer.volume()).ifPresent(objects::add);
    objects.add(service(logServer));
    objects.add(deployment(logServer));
    return objects;
  }

  private Optional<DraftObject> claim(LogVolume volume) {
    if (volume.kind() != dev.alluxiok8s.model.volume.VolumeKind.PERSISTENT_VOLUME_CLAIM) {
      return Optional.empty();
    }
    V1PersistentVolumeClaimSpec claim = new V1PersistentVolumeClaimSpec()
        .accessModes(List.of("ReadWriteOnce"))
        .resources(new V1VolumeResourceRequirements().requests(Map.of("storage", Quantity.fromString(volume.size()))));
    volume.storageClass().ifPresent(claim::setStorageClassName);
    return Optional.of(new DraftObject(Component.LOG_SERVER, new V1PersistentVolumeClaim()
        .apiVersion("v1").kind("PersistentVolumeClaim")
        .metadata(metadata.of(Component.LOG_SERVER, names.logServerClaim()))
        .spec(claim)));
  }

  private DraftObject service(LogServer logServer) {
    return new DraftObject(Component.LOG_SERVER, new V1Service()
        .apiVersion("v1").kind("Service")
        .metadata(metadata.of(Component.LOG_SERVER, names.logServer()))
        .spec(new V1ServiceSpec()
            .selector(metadata.labels().selector(Component.LOG_SERVER))
            .ports(List.of(new V1ServicePort().name(PORT_NAME).port(logServer.port())
                .targetPort(new IntOrString(PORT_NAME)).protocol("TCP")))));
  }

  private DraftObject deployment(LogServer logServer) {
    V1Volume volume = volume(logServer.volume());
    V1VolumeMount mount = new V1VolumeMount().name(LOGS_VOLUME).mountPath(LOGS_DIRECTORY);
    PodVolumes volumes = new PodVolumes().volume(volume).mount(mount).add(ExternalMounts.logServer(spec));
    V1Container container = AlluxioContainers.of(CONTAINER, spec.images().alluxio(), List.of("logserver"),
            names.configMap(), logServer, spec.logLevel())
        .env(ExtraEnv.after(List.of(), logServer))
        .ports(List.of(ContainerPorts.tcp(PORT_NAME, logServer.port())))
        .volumeMounts(volumes.mounts())
        .readinessProbe(Probes.readiness(PORT_NAME))
        .livenessProbe(Probes.liveness(PORT_NAME));
    V1PodSpec pod = PodSpecs.base(spec, logServer.placement(), logServer.hostNetwork(), logServer.effectiveDnsPolicy())
        .securityContext(SecurityContexts.pod(spec.runAs()))
        .volumes(volumes.volumes())
        .addContainersItem(container);
    if (volume.getHostPath() != null) {
      // The kubelet creates the node directory owned by root, and fsGroup does not reach hostPath.
      ChownInitContainer.of(spec, List.of(mount)).ifPresent(pod::addInitContainersItem);
    }
    V1ObjectMeta meta = metadata.of(Component.LOG_SERVER, names.logServer());
    logServer.podSecurity().ifPresent(e -> PodSecurityAnnotations.apply(meta, e));
    return new DraftObject(Component.LOG_SERVER, new V1Deployment()
        .apiVersion("apps/v1").kind("Deployment").metadata(meta)
        .spec(new V1DeploymentSpec()
            .replicas(1)
            .strategy(new V1DeploymentStrategy().type("Recreate"))
            .selector(new V1LabelSelector().matchLabels(metadata.labels().selector(Component.LOG_SERVER)))
            .template(PodExtrasBlock.apply(spec, logServer, metadata.labels().selector(Component.LOG_SERVER),
                new V1PodTemplateSpec().metadata(context.configuredPodTemplate(Component.LOG_SERVER)).spec(pod)))));
  }

  private V1Volume volume(LogVolume volume) {
    V1Volume v = new V1Volume().name(LOGS_VOLUME);
    return switch (volume.kind()) {
      case PERSISTENT_VOLUME_CLAIM -> v.persistentVolumeClaim(
          new V1PersistentVolumeClaimVolumeSource().claimName(names.logServerClaim()));
      case EMPTY_DIR -> v.emptyDir(new V1EmptyDirVolumeSource().sizeLimit(Quantity.fromString(volume.size())));
      case HOST_PATH -> v.hostPath(new V1HostPathVolumeSource().path(volume.path().orElseThrow()).type("DirectoryOrCreate"));
    };
  }
}
