package dev.alluxiok8s.render.master;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.master.MasterPorts;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.process.ProcessSettings;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.volume.DataVolume;
import dev.alluxiok8s.model.volume.VolumeKind;
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
import dev.alluxiok8s.render.security.MasterPodSecurity;
import dev.alluxiok8s.render.security.PodSecurityAnnotations;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PersistentVolumeSpec;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1ServiceSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1StatefulSetSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V1VolumeResourceRequirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The masters: one StatefulSet of {@code count} pods, each running a master and a job master; a
 * headless Service that governs it; one headless Service per pod that gives each master the stable
 * name Alluxio uses ({@code <name>-master-0}); and the journal's claim (and, opt-in, its demo PV).
 *
 * <p>Fixed compared with chart 0.5.2: the StatefulSet's {@code serviceName} names a Service that
 * exists; the job master mounts the journal volume too, for its {@code JobJournal}; an EMBEDDED journal gets a claim per master instead of an emptyDir (or no volume at all
 * for one master); per-master host names come from the pod's own name instead of hiding the
 * ConfigMap's options.
 */
public final class MasterRenderer {

  static final String MASTER = "alluxio-master";
  static final String JOB_MASTER = "alluxio-job-master";
  static final String JOURNAL_VOLUME = "alluxio-journal";
  static final String METASTORE_VOLUME = "alluxio-metastore";

  private final RenderContext context;
  private final ClusterSpec spec;
  private final ObjectNames names;
  private final Metadata metadata;

  public MasterRenderer(RenderContext context) {
    this.context = context;
    this.spec = context.spec();
    this.names = context.names();
    this.metadata = context.metadata();
  }

  /** The journal's PersistentVolume and claim, when the journal is a single shared local claim. */
  public List<DraftObject> storage() {
    List<DraftObject> objects = new ArrayList<>();
    Journal journal = spec.journal();
    if (!sharedJournalClaim()) {
      return objects;
    }
    DataVolume volume = journal.volume();
    V1PersistentVolumeClaimSpec claim = claimSpec(volume);
    journal.persistentVolume().ifPresent(pv -> {
      // A demo volume binds statically: the claim names the volume, both have the same class, and
      // without a class the claim says "" so that no provisioner steps in.
      claim.volumeName(names.journalVolume());
      V1PersistentVolumeSpec pvSpec = new V1PersistentVolumeSpec()
          .capacity(Map.of("storage", Quantity.fromString(volume.size())))
          .accessModes(claim.getAccessModes())
          .persistentVolumeReclaimPolicy("Retain")
          .hostPath(new V1HostPathVolumeSource().path(pv.hostPath()).type("DirectoryOrCreate"))
          .nodeAffinity(JournalNode.affinity(pv, names.journalVolume()));
      if (claim.getStorageClassName() == null) {
        claim.storageClassName("");
      } else {
        pvSpec.storageClassName(claim.getStorageClassName());
      }
      objects.add(new DraftObject(Component.JOURNAL, new V1PersistentVolume()
          .apiVersion("v1").kind("PersistentVolume")
          .metadata(metadata.clusterScoped(Component.JOURNAL, names.journalVolume()))
          .spec(pvSpec)));
    });
    objects.add(new DraftObject(Component.MASTER, new V1PersistentVolumeClaim()
        .apiVersion("v1").kind("PersistentVolumeClaim")
        .metadata(metadata.of(Component.MASTER, names.journalClaim()))
        .spec(claim)));
    return objects;
  }

  /** The governing Service, then one Service per master. */
  public List<DraftObject> services() {
    List<DraftObject> services = new ArrayList<>();
    services.add(service(names.masters(), selector()));
    for (int i = 0; i < spec.masters().count(); i++) {
      Map<String, String> podSelector = selector();
      podSelector.put("statefulset.kubernetes.io/pod-name", names.master(i));
      services.add(service(names.master(i), podSelector));
    }
    return services;
  }

  public DraftObject statefulSet() {
    Masters masters = spec.masters();
    V1PodSpec pod = PodSpecs.base(spec, masters.placement(), masters.hostNetwork(), masters.effectiveDnsPolicy())
        // Journal and metastore claims are large: re-own them only when their root does not match.
        .securityContext(SecurityContexts.pod(spec.runAs()).fsGroupChangePolicy("OnRootMismatch"));
    MasterQuorum.spread(pod, masters, selector());
    PodVolumes masterVolumes = new PodVolumes();
    List<V1PersistentVolumeClaim> claimTemplates = new ArrayList<>();
    journalVolume(masterVolumes, claimTemplates);
    metastoreVolume(masterVolumes, claimTemplates);
    PodVolumes shared = new PodVolumes()
        .add(SecretVolumes.of(spec.secrets().master()))
        .add(ExternalMounts.master(spec))
        .add(HdfsConfigurationMounts.underStorage(spec))
        .add(HdfsConfigurationMounts.journal(spec));
    pod.setVolumes(nullIfEmpty(concat(masterVolumes.volumes(), shared.volumes())));
    if (spec.journal().persistentVolume().isPresent()) {
      // The demo volume is a node directory, which an fsGroup does not make writable.
      ChownInitContainer.of(spec, journalMounts(masterVolumes)).ifPresent(pod::addInitContainersItem);
    }
    pod.addContainersItem(masterContainer(concat(masterVolumes.mounts(), shared.mounts())));
    // The job master keeps its journal in <journal folder>/JobJournal (a Raft log with an EMBEDDED
    // journal): without the journal volume it lands on the container's file system and is lost at
    // every restart.
    pod.addContainersItem(jobMasterContainer(concat(journalMounts(masterVolumes), shared.mounts())));

    V1ObjectMeta meta = metadata.of(Component.MASTER, names.masters());
    MasterPodSecurity.of(spec).ifPresent(e -> PodSecurityAnnotations.apply(meta, e));
    V1ObjectMeta podMeta = context.configuredPodTemplate(Component.MASTER);
    V1StatefulSetSpec stsSpec = new V1StatefulSetSpec()
        .replicas(masters.count())
        .serviceName(names.masters())
        // Raft needs every master up to elect a leader; ordered start would wait forever for a quorum.
        .podManagementPolicy("Parallel")
        .selector(new V1LabelSelector().matchLabels(selector()))
        .template(PodExtrasBlock.apply(spec, masters, selector(), new V1PodTemplateSpec().metadata(podMeta).spec(pod)));
    if (!claimTemplates.isEmpty()) {
      stsSpec.setVolumeClaimTemplates(claimTemplates);
    }
    return new DraftObject(Component.MASTER, new V1StatefulSet()
        .apiVersion("apps/v1").kind("StatefulSet").metadata(meta).spec(stsSpec));
  }

  /** The PodDisruptionBudget that keeps a majority of three or more masters through evictions. */
  public Optional<DraftObject> disruptionBudget() {
    return MasterQuorum.disruptionBudget(spec.masters(), metadata, names.masters(), selector());
  }

  private V1Container masterContainer(List<V1VolumeMount> mounts) {
    MasterPorts ports = spec.masters().ports();
    return processContainer(MASTER, List.of("master-only", "--no-format"), spec.masters().master(), "",
        ports.rpc(), ports.web(), ports.embedded(), mounts);
  }

  private V1Container jobMasterContainer(List<V1VolumeMount> mounts) {
    MasterPorts ports = spec.masters().ports();
    return processContainer(JOB_MASTER, List.of("job-master"), spec.masters().jobMaster(), "job-",
        ports.jobRpc(), ports.jobWeb(), ports.jobEmbedded(), mounts);
  }

  /**
   * A master-side process: its {@code rpc} and {@code web} ports and, with an EMBEDDED journal, its
   * Raft port, all named with {@code portPrefix}. Probes watch the RPC port, or the Raft port when
   * several masters run: only the leader serves RPC.
   */
  private V1Container processContainer(String name, List<String> args, ProcessSettings process, String portPrefix,
      int rpc, int web, int embeddedPort, List<V1VolumeMount> mounts) {
    boolean embedded = spec.journal().type() == JournalType.EMBEDDED;
    List<V1ContainerPort> containerPorts =
        new ArrayList<>(List.of(ContainerPorts.tcp(portPrefix + "rpc", rpc), ContainerPorts.tcp(portPrefix + "web", web)));
    if (embedded) {
      containerPorts.add(ContainerPorts.tcp(portPrefix + "embedded", embeddedPort));
    }
    String probePort = portPrefix + (embedded && spec.masters().count() > 1 ? "embedded" : "rpc");
    return AlluxioContainers.of(name, spec.images().alluxio(), args, names.configMap(), process, spec.logLevel())
        .env(ExtraEnv.after(env(), process))
        .ports(containerPorts)
        .volumeMounts(nullIfEmpty(mounts))
        .startupProbe(Probes.startup(probePort, 10))
        .readinessProbe(Probes.readiness(probePort))
        .livenessProbe(Probes.liveness(probePort));
  }

  private List<V1EnvVar> env() {
    List<V1EnvVar> env = new ArrayList<>();
    env.add(CredentialEnv.fromField(ConfigMapData.MASTER_HOSTNAME_VARIABLE, "metadata.name"));
    env.addAll(CredentialEnv.of(spec.underStorage().credentials()));
    return env;
  }

  static List<V1VolumeMount> journalMounts(PodVolumes volumes) {
    return volumes.mounts().stream().filter(m -> m.getName().equals(JOURNAL_VOLUME)).toList();
  }

  private void journalVolume(PodVolumes volumes, List<V1PersistentVolumeClaim> claimTemplates) {
    Journal journal = spec.journal();
    if (!journal.isLocal()) {
      return;
    }
    volumes.mount(new V1VolumeMount().name(JOURNAL_VOLUME).mountPath(journal.folder()));
    if (sharedJournalClaim()) {
      volumes.volume(new V1Volume().name(JOURNAL_VOLUME)
          .persistentVolumeClaim(new V1PersistentVolumeClaimVolumeSource().claimName(names.journalClaim())));
    } else if (journal.volume().kind() == VolumeKind.PERSISTENT_VOLUME_CLAIM) {
      claimTemplates.add(claimTemplate(JOURNAL_VOLUME, journal.volume()));
    } else {
      volumes.volume(emptyDir(JOURNAL_VOLUME, journal.volume()));
    }
  }

  private void metastoreVolume(PodVolumes volumes, List<V1PersistentVolumeClaim> claimTemplates) {
    Metastore metastore = spec.metastore();
    if (metastore.type() != MetastoreType.ROCKS) {
      return;
    }
    volumes.mount(new V1VolumeMount().name(METASTORE_VOLUME).mountPath(metastore.mountPath()));
    if (metastore.volume().kind() == VolumeKind.PERSISTENT_VOLUME_CLAIM) {
      claimTemplates.add(claimTemplate(METASTORE_VOLUME, metastore.volume()));
    } else {
      volumes.volume(emptyDir(METASTORE_VOLUME, metastore.volume()));
    }
  }

  /** A UFS journal on a local claim is one claim that every master mounts. */
  private boolean sharedJournalClaim() {
    Journal journal = spec.journal();
    return journal.type() == JournalType.UFS && journal.isLocal()
        && journal.volume().kind() == VolumeKind.PERSISTENT_VOLUME_CLAIM;
  }

  private V1PersistentVolumeClaim claimTemplate(String name, DataVolume volume) {
    return new V1PersistentVolumeClaim()
        .apiVersion("v1").kind("PersistentVolumeClaim")
        .metadata(new V1ObjectMeta().name(name).labels(metadata.labels().selector(Component.MASTER)))
        .spec(claimSpec(volume));
  }

  private static V1PersistentVolumeClaimSpec claimSpec(DataVolume volume) {
    V1PersistentVolumeClaimSpec claim = new V1PersistentVolumeClaimSpec()
        .accessModes(volume.effectiveAccessModes().stream().map(m -> m.value()).toList())
        .resources(new V1VolumeResourceRequirements().requests(Map.of("storage", Quantity.fromString(volume.size()))));
    volume.storageClass().ifPresent(claim::setStorageClassName);
    return claim;
  }

  private static V1Volume emptyDir(String name, DataVolume volume) {
    V1EmptyDirVolumeSource source = new V1EmptyDirVolumeSource().sizeLimit(Quantity.fromString(volume.size()));
    volume.medium().filter(m -> !m.isEmpty()).ifPresent(source::setMedium);
    return new V1Volume().name(name).emptyDir(source);
  }

  private DraftObject service(String name, Map<String, String> selector) {
    MasterPorts ports = spec.masters().ports();
    boolean embedded = spec.journal().type() == JournalType.EMBEDDED;
    List<V1ServicePort> servicePorts = new ArrayList<>();
    servicePorts.add(servicePort("rpc", ports.rpc()));
    servicePorts.add(servicePort("web", ports.web()));
    if (embedded) {
      servicePorts.add(servicePort("embedded", ports.embedded()));
    }
    servicePorts.add(servicePort("job-rpc", ports.jobRpc()));
    servicePorts.add(servicePort("job-web", ports.jobWeb()));
    if (embedded) {
      servicePorts.add(servicePort("job-embedded", ports.jobEmbedded()));
    }
    servicePorts.addAll(MasterServicePorts.extra(spec.masters()));
    return new DraftObject(Component.MASTER, new V1Service()
        .apiVersion("v1").kind("Service")
        .metadata(metadata.of(Component.MASTER, name))
        .spec(new V1ServiceSpec()
            .clusterIP("None")
            // Raft peers must resolve each other before any of them is ready.
            .publishNotReadyAddresses(true)
            .selector(selector)
            .ports(servicePorts)));
  }

  private Map<String, String> selector() {
    return metadata.labels().selector(Component.MASTER);
  }

  private static V1ServicePort servicePort(String name, int number) {
    return new V1ServicePort().name(name).port(number).targetPort(new IntOrString(name)).protocol("TCP");
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static <T> List<T> nullIfEmpty(List<T> list) {
    return list.isEmpty() ? null : list;
  }
}
