package dev.alluxiok8s.render.worker;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.model.worker.WorkerPorts;
import dev.alluxiok8s.model.worker.Workers;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.config.ConfigMapData;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.naming.Metadata;
import dev.alluxiok8s.render.naming.ObjectNames;
import dev.alluxiok8s.render.object.DraftObject;
import dev.alluxiok8s.render.pod.ExtraEnv;
import dev.alluxiok8s.render.pod.AlluxioContainers;
import dev.alluxiok8s.render.pod.ContainerPorts;
import dev.alluxiok8s.render.pod.ChownInitContainer;
import dev.alluxiok8s.render.pod.CredentialEnv;
import dev.alluxiok8s.render.pod.HdfsConfigurationMounts;
import dev.alluxiok8s.render.pod.PodExtrasBlock;
import dev.alluxiok8s.render.pod.PodSpecs;
import dev.alluxiok8s.render.pod.PodVolumes;
import dev.alluxiok8s.render.pod.Probes;
import dev.alluxiok8s.render.pod.ExternalMounts;
import dev.alluxiok8s.render.pod.SecretVolumes;
import dev.alluxiok8s.render.pod.SecurityContexts;
import dev.alluxiok8s.render.security.PodSecurityAnnotations;
import dev.alluxiok8s.render.security.WorkerPodSecurity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1DaemonSetSpec;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workers: a DaemonSet whose pods run a worker and a job worker, with the tiered store's
 * volumes, the short-circuit domain socket directory and the role's Secrets.
 *
 * <p>When Alluxio runs as a non-root user, an init container hands the node directories (the
 * domain socket directory, hostPath tiers) to that user.
 */
public final class WorkerRenderer {

  static final String WORKER = "alluxio-worker";
  static final String JOB_WORKER = "alluxio-job-worker";
  static final String DOMAIN_VOLUME = "alluxio-domain";

  private final RenderContext context;
  private final ClusterSpec spec;
  private final ObjectNames names;
  private final Metadata metadata;

  public WorkerRenderer(RenderContext context) {
    this.context = context;
    this.spec = context.spec();
    this.names = context.names();
    this.metadata = context.metadata();
  }

  public DraftObject daemonSet() {
    Workers workers = spec.workers();
    V1PodSpec pod = PodSpecs.base(spec, workers.placement(), workers.hostNetwork(), workers.effectiveDnsPolicy())
        .securityContext(SecurityContexts.pod(spec.runAs()));
    PodVolumes volumes = new PodVolumes()
        .add(domainSocket())
        .add(TierVolumes.of(spec.tieredStore()))
        .add(SecretVolumes.of(spec.secrets().worker()))
        .add(ExternalMounts.worker(spec))
        .add(HdfsConfigurationMounts.underStorage(spec));
    PodVolumes fuse = WorkerFuse.volumes(spec.fuse());
    List<V1Volume> all = new ArrayList<>(volumes.volumes());
    all.addAll(fuse.volumes());
    pod.setVolumes(all.isEmpty() ? null : all);
    chownInitContainer().ifPresent(pod::addInitContainersItem);
    pod.addContainersItem(WorkerFuse.apply(spec.fuse(), workerContainer(volumes.mounts()), fuse.mounts()));
    pod.addContainersItem(jobWorkerContainer(volumes.mounts()));

    V1ObjectMeta meta = metadata.of(Component.WORKER, names.workers());
    WorkerPodSecurity.of(spec).ifPresent(e -> PodSecurityAnnotations.apply(meta, e));
    V1ObjectMeta podMeta = context.configuredPodTemplate(Component.WORKER);
    return new DraftObject(Component.WORKER, new V1DaemonSet()
        .apiVersion("apps/v1").kind("DaemonSet").metadata(meta)
        .spec(new V1DaemonSetSpec()
            .selector(new V1LabelSelector().matchLabels(metadata.labels().selector(Component.WORKER)))
            .template(PodExtrasBlock.apply(spec, workers, metadata.labels().selector(Component.WORKER),
                new V1PodTemplateSpec().metadata(podMeta).spec(pod)))));
  }

  private PodVolumes domainSocket() {
    PodVolumes volumes = new PodVolumes();
    ShortCircuit sc = spec.shortCircuit();
    if (sc.enabled()) {
      volumes.volume(new V1Volume().name(DOMAIN_VOLUME)
              .hostPath(new V1HostPathVolumeSource().path(sc.hostPath()).type("DirectoryOrCreate")))
          .mount(new V1VolumeMount().name(DOMAIN_VOLUME).mountPath(sc.mountPath()));
    }
    return volumes;
  }

  private Optional<V1Container> chownInitContainer() {
    List<V1VolumeMount> mounts = new ArrayList<>(domainSocket().mounts());
    mounts.addAll(TierVolumes.hostPathMounts(spec.tieredStore()));
    return ChownInitContainer.of(spec, mounts);
  }

  private V1Container workerContainer(List<V1VolumeMount> mounts) {
    WorkerPorts ports = spec.workers().ports();
    return AlluxioContainers.of(WORKER, spec.images().alluxio(), List.of("worker-only", "--no-format"),
            names.configMap(), spec.workers().worker(), spec.logLevel())
        .env(ExtraEnv.after(env(), spec.workers().worker()))
        .ports(List.of(ContainerPorts.tcp("rpc", ports.rpc()), ContainerPorts.tcp("web", ports.web())))
        .volumeMounts(mounts.isEmpty() ? null : mounts)
        .readinessProbe(Probes.readiness("rpc"))
        .livenessProbe(Probes.liveness("rpc"));
  }

  private V1Container jobWorkerContainer(List<V1VolumeMount> mounts) {
    WorkerPorts ports = spec.workers().ports();
    return AlluxioContainers.of(JOB_WORKER, spec.images().alluxio(), List.of("job-worker"),
            names.configMap(), spec.workers().jobWorker(), spec.logLevel())
        .env(ExtraEnv.after(env(), spec.workers().jobWorker()))
        .ports(List.of(ContainerPorts.tcp("job-rpc", ports.jobRpc()), ContainerPorts.tcp("job-data", ports.jobData()),
            ContainerPorts.tcp("job-web", ports.jobWeb())))
        .volumeMounts(mounts.isEmpty() ? null : mounts)
        .readinessProbe(Probes.readiness("job-rpc"))
        .livenessProbe(Probes.liveness("job-rpc"));
  }

  private List<V1EnvVar> env() {
    List<V1EnvVar> env = new ArrayList<>();
    // The worker is known by its node's address, for locality; off host networking it is reached at its pod's.
    env.add(CredentialEnv.fromField(ConfigMapData.WORKER_HOSTNAME_VARIABLE, "status.hostIP"));
    if (!spec.workers().hostNetwork()) {
      env.add(CredentialEnv.fromField(ConfigMapData.WORKER_CONTAINER_HOSTNAME_VARIABLE, "status.podIP"));
    }
    env.addAll(CredentialEnv.of(spec.underStorage().credentials()));
    return env;
  }

}
