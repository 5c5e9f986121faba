package dev.alluxiok8s.render.fuse;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.pod.PodExtras;
import dev.alluxiok8s.model.placement.DnsPolicy;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.config.ConfigMapData;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.naming.Metadata;
import dev.alluxiok8s.render.naming.ObjectNames;
import dev.alluxiok8s.render.object.DraftObject;
import dev.alluxiok8s.render.pod.ExtraEnv;
import dev.alluxiok8s.render.pod.AlluxioContainers;
import dev.alluxiok8s.render.pod.CredentialEnv;
import dev.alluxiok8s.render.pod.FuseMounts;
import dev.alluxiok8s.render.pod.PodExtrasBlock;
import dev.alluxiok8s.render.pod.PodSpecs;
import dev.alluxiok8s.render.pod.PodVolumes;
import dev.alluxiok8s.render.pod.SecretVolumes;
import dev.alluxiok8s.render.pod.SecurityContexts;
import dev.alluxiok8s.render.security.PodSecurityAnnotations;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1DaemonSetSpec;
import io.kubernetes.client.openapi.models.V1ExecAction;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alluxio FUSE as a DaemonSet, and the optional demo client that reads the mount without
 * privileges.
 *
 * <p>The FUSE container is privileged with {@code SYS_ADMIN}: mounting a file system needs both,
 * and {@code Bidirectional} propagation (which shares the mount with the node) is only allowed to
 * privileged containers. Chart 0.5.2's pod affinity to workers is left out: its field name was
 * misspelt, so Kubernetes never applied it; the spec's placement is used instead.
 */
public final class FuseRenderer {

  static final String FUSE = "alluxio-fuse";
  static final String MOUNT_VOLUME = FuseMounts.MOUNT_VOLUME;
  static final String DOMAIN_VOLUME = "alluxio-domain";
  static final String UNMOUNT = "/opt/alluxio/integration/fuse/bin/alluxio-fuse";
  /** How long the preStop unmount waits for FUSE to exit (alluxio-fuse's own default). */
  static final int UNMOUNT_WAIT_SECONDS = 120;
  static final int EXIT_MARGIN_SECONDS = 30;

  private final RenderContext context;
  private final ClusterSpec spec;
  private final ObjectNames names;
  private final Metadata metadata;

  public FuseRenderer(RenderContext context) {
    this.context = context;
    this.spec = context.spec();
    this.names = context.names();
    this.metadata = context.metadata();
  }

  /** The FUSE DaemonSet, when FUSE is enabled. */
  public Optional<DraftObject> daemonSet() {
    Fuse fuse = spec.fuse();
    if (!fuse.ownDaemonSet()) {
      return Optional.empty();
    }
    PodVolumes volumes = FuseMounts.of(fuse);
    ShortCircuit sc = spec.shortCircuit();
    if (sc.enabled()) {
      volumes.volume(new V1Volume().name(DOMAIN_VOLUME)
              .hostPath(new V1HostPathVolumeSource().path(sc.hostPath()).type("DirectoryOrCreate")))
          .mount(new V1VolumeMount().name(DOMAIN_VOLUME).mountPath(sc.mountPath()));
    }
    volumes.add(SecretVolumes.of(spec.secrets().fuse()));

    List<String> args = new ArrayList<>();
    args.add("fuse");
    if (!fuse.mountOptions().isEmpty()) {
      args.add("--fuse-opts=" + String.join(",", fuse.mountOptions()));
    }
    args.add(fuse.mountPoint());
    args.add(fuse.alluxioPath());
    V1Container container = AlluxioContainers.of(FUSE, spec.images().fuse(), args, names.configMap(), fuse, spec.logLevel())
        .env(ExtraEnv.after(List.of(CredentialEnv.fromField(ConfigMapData.CLIENT_HOSTNAME_VARIABLE, "status.hostIP")), fuse))
        .securityContext(new V1SecurityContext().privileged(true)
            .capabilities(new V1Capabilities().add(List.of("SYS_ADMIN"))))
        .lifecycle(new V1Lifecycle().preStop(new V1LifecycleHandler()
            .exec(new V1ExecAction().command(List.of(UNMOUNT, "unmount", "-w", Integer.toString(UNMOUNT_WAIT_SECONDS),
                fuse.mountPoint())))))
        .readinessProbe(mountProbe(fuse).periodSeconds(10))
        .livenessProbe(mountProbe(fuse).initialDelaySeconds(30).periodSeconds(30).failureThreshold(3))
        .volumeMounts(volumes.mounts());

    V1PodSpec pod = PodSpecs.base(spec, fuse.placement(), fuse.hostNetwork(), fuse.effectiveDnsPolicy())
        // Kubernetes kills the container when the grace period ends, preStop hook or not: leave the
        // unmount its whole wait, and the JVM a moment to exit after it.
        .terminationGracePeriodSeconds((long) UNMOUNT_WAIT_SECONDS + EXIT_MARGIN_SECONDS)
        // FUSE mounts need root: the process calls mount(2) through /dev/fuse.
        .securityContext(new V1PodSecurityContext().runAsUser(0L).runAsGroup(0L).fsGroup(0L))
        .volumes(volumes.volumes())
        .addContainersItem(container);
    V1ObjectMeta meta = metadata.of(Component.FUSE, names.fuse());
    fuse.podSecurity().ifPresent(e -> PodSecurityAnnotations.apply(meta, e));
    V1ObjectMeta podMeta = context.configuredPodTemplate(Component.FUSE);
    return Optional.of(new DraftObject(Component.FUSE, new V1DaemonSet()
        .apiVersion("apps/v1").kind("DaemonSet").metadata(meta)
        .spec(new V1DaemonSetSpec()
            .selector(new V1LabelSelector().matchLabels(metadata.labels().selector(Component.FUSE)))
            .template(PodExtrasBlock.apply(spec, fuse, metadata.labels().selector(Component.FUSE),
                new V1PodTemplateSpec().metadata(podMeta).spec(pod))))));
  }

  /**
   * A pod per node that sees the FUSE mount, to try it out: Alluxio's own image (chart 0.5.2 used
   * {@code alpine:latest}, an unpinned image) sleeping, with the mount point propagated from the
   * node and no privileges.
   */
  public Optional<DraftObject> demoClient() {
    Fuse fuse = spec.fuse();
    if (!fuse.enabled() || !fuse.demoClient()) {
      return Optional.empty();
    }
    V1Container container = new V1Container()
        .name("alluxio-fuse-client")
        .image(spec.images().alluxio().reference())
        .imagePullPolicy(spec.images().alluxio().pullPolicy().value())
        .command(List.of("sleep", "infinity"))
        .resources(new V1ResourceRequirements()
            .requests(Map.of("cpu", Quantity.fromString("10m"), "memory", Quantity.fromString("32Mi")))
            .limits(Map.of("cpu", Quantity.fromString("100m"), "memory", Quantity.fromString("64Mi"))))
        .securityContext(SecurityContexts.process())
        .readinessProbe(mountProbe(fuse).periodSeconds(10))
        .livenessProbe(mountProbe(fuse).periodSeconds(30).failureThreshold(3))
        .volumeMounts(List.of(new V1VolumeMount().name(MOUNT_VOLUME).mountPath(parentOf(fuse.mountPoint()))
            .mountPropagation("HostToContainer")));
    V1PodSpec pod = PodSpecs.base(spec, fuse.placement(), false, DnsPolicy.CLUSTER_FIRST)
        .securityContext(SecurityContexts.pod(spec.runAs()))
        .volumes(List.of(new V1Volume().name(MOUNT_VOLUME)
            .hostPath(new V1HostPathVolumeSource().path(parentOf(fuse.mountPoint())).type("Directory"))))
        .addContainersItem(container);
    // A demo that only reads files, not a FUSE pod: the cluster's account, no token, none of FUSE's extras.
    PodExtrasBlock.account(spec, PodExtras.none(), pod);
    V1ObjectMeta meta = metadata.of(Component.FUSE_CLIENT, names.fuseClient());
    fuse.podSecurity().ifPresent(e -> PodSecurityAnnotations.apply(meta, e));
    return Optional.of(new DraftObject(Component.FUSE_CLIENT, new V1DaemonSet()
        .apiVersion("apps/v1").kind("DaemonSet").metadata(meta)
        .spec(new V1DaemonSetSpec()
            .selector(new V1LabelSelector().matchLabels(metadata.labels().selector(Component.FUSE_CLIENT)))
            .template(new V1PodTemplateSpec().metadata(metadata.podTemplate(Component.FUSE_CLIENT)).spec(pod)))));
  }

  /**
   * Passes only while a live FUSE file system is mounted at the mount point: it is listed in the
   * container's mount table (a plain directory passes {@code test -d}), and a stat of it answers
   * (a mount whose process died answers "transport endpoint is not connected"). The model keeps
   * mount points to characters that need no quoting here nor escaping in {@code /proc/mounts}.
   */
  static V1Probe mountProbe(Fuse fuse) {
    String mountPoint = fuse.mountPoint();
    return new V1Probe().exec(new V1ExecAction().command(List.of("/bin/sh", "-c",
        "grep -q ' " + mountPoint + " fuse' /proc/mounts && stat -t " + mountPoint + "/ > /dev/null")));
  }

  static String parentOf(String mountPoint) {
    return FuseMounts.parentOf(mountPoint);
  }
}
