package dev.alluxiok8s.model;

import dev.alluxiok8s.model.check.DistinctPorts;
import dev.alluxiok8s.model.check.MemoryBudgets;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.placement.PodSettingsRules;
import dev.alluxiok8s.model.ufs.UriRules;
import java.util.Arrays;
import dev.alluxiok8s.model.csi.Csi;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.logserver.LogServer;
import dev.alluxiok8s.model.metrics.Metrics;
import dev.alluxiok8s.model.proxy.Proxy;
import dev.alluxiok8s.model.image.Images;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.network.HostAlias;
import dev.alluxiok8s.model.mount.ClaimMount;
import dev.alluxiok8s.model.mount.ConfigMapMounts;
import dev.alluxiok8s.model.mount.MountRules;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.model.property.CatalogFindings;
import dev.alluxiok8s.model.property.ManagedProperties;
import dev.alluxiok8s.model.property.PropertyRules;
import dev.alluxiok8s.model.secret.SecretMounts;
import dev.alluxiok8s.model.security.RunAs;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.volume.AccessMode;
import dev.alluxiok8s.model.volume.VolumeKind;
import dev.alluxiok8s.model.worker.Workers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Everything about an Alluxio cluster except its identity: the {@code spec} of a spec file.
 * Only {@link #underStorage()} is required; every other part has the defaults of Alluxio's chart
 * 0.5.2, except where that default is a bug (see the documentation's list of differences).
 *
 * <p>Checks that span parts live here: an EMBEDDED journal needs an odd number of masters, a
 * shared local journal needs a {@code ReadWriteMany} claim, ports of pods that share a node must
 * differ, properties computed from typed attributes may not be set by hand, Alluxio must know every
 * {@code alluxio.*} property and be able to read its value ({@link CatalogFindings}), and every memory limit
 * holds its process's JVM and memory-backed tiers ({@link MemoryBudgets}).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableClusterSpec.class)
@JsonDeserialize(as = ImmutableClusterSpec.class)
public interface ClusterSpec {

  @Value.Default
  default Images images() {
    return Images.builder().build();
  }

  @Value.Default
  default Masters masters() {
    return Masters.builder().build();
  }

  @Value.Default
  default Journal journal() {
    return Journal.builder().build();
  }

  UnderStorage underStorage();

  /** Alluxio properties for every process ({@code ALLUXIO_JAVA_OPTS}). */
  @Value.NaturalOrder
  SortedMap<String, String> properties();

  @Value.Default
  default SecretMounts secrets() {
    return SecretMounts.builder().build();
  }

  @Value.Default
  default Metastore metastore() {
    return Metastore.builder().build();
  }

  @Value.Default
  default TieredStore tieredStore() {
    return TieredStore.builder().build();
  }

  @Value.Default
  default Workers workers() {
    return Workers.builder().build();
  }

  @Value.Default
  default ShortCircuit shortCircuit() {
    return ShortCircuit.builder().build();
  }

  @Value.Default
  default Fuse fuse() {
    return Fuse.builder().build();
  }

  /** Alluxio's log server, which the other processes send their warnings and errors to. */
  @Value.Default
  default LogServer logServer() {
    return LogServer.builder().build();
  }

  /** Alluxio's REST and S3 proxy. */
  @Value.Default
  default Proxy proxy() {
    return Proxy.builder().build();
  }

  /** Alluxio's metrics sinks and Prometheus scraping. */
  @Value.Default
  default Metrics metrics() {
    return Metrics.builder().build();
  }

  /** Alluxio's CSI driver: volumes of a StorageClass that pods see as Alluxio paths. */
  @Value.Default
  default Csi csi() {
    return Csi.builder().build();
  }

  List<HostAlias> hostAliases();

  /** Existing claims mounted into the master, job master, worker, job worker and log server containers. */
  List<ClaimMount> claimMounts();

  /** Existing ConfigMaps mounted read-only under /configmaps into each role's containers. */
  @Value.Default
  default ConfigMapMounts configMaps() {
    return ConfigMapMounts.builder().build();
  }

  /**
   * The ServiceAccount of every pod whose component names none ({@code spec.<component>.pod.serviceAccountName});
   * empty: the namespace's default. Named, never created.
   */
  java.util.Optional<String> serviceAccountName();

  @Value.Default
  default RunAs runAs() {
    return RunAs.builder().build();
  }

  @Value.Default
  default LogLevel logLevel() {
    return LogLevel.INFO;
  }

  static ImmutableClusterSpec.Builder builder() {
    return ImmutableClusterSpec.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("ClusterSpec");
    checkJournal(problems);
    checkPorts(problems);
    checkPods(problems);
    dev.alluxiok8s.model.pod.ClusterPodAdditions.check(this, problems);
    checkWorkerPaths(problems);
    checkMasterPaths(problems);
    checkProperties(problems);
    MemoryBudgets.check(this, problems);
    MountRules.check(this, problems);
    serviceAccountName().ifPresent(name -> problems.require(
        dev.alluxiok8s.kube.names.KubernetesNames.isDnsSubdomain(name), "serviceAccountName", "\"" + name
            + "\" is not a ServiceAccount name (a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', at most 253)"));
    problems.throwIfAny();
  }

  private void checkJournal(Problems problems) {
    int count = masters().count();
    Journal journal = journal();
    if (journal.type() == JournalType.EMBEDDED && count % 2 == 0) {
      problems.add("masters.count", "an EMBEDDED journal needs an odd number of masters (Raft needs a majority), got "
          + count + "; use " + (count - 1) + " or " + (count + 1));
    }
    if (journal.type() == JournalType.UFS && journal.isLocal() && count > 1) {
      if (journal.volume().kind() != VolumeKind.PERSISTENT_VOLUME_CLAIM) {
        problems.add("journal.volume.kind", count + " masters share one UFS journal folder, which needs a "
            + "persistentVolumeClaim; use kind persistentVolumeClaim, a journal on HDFS, or type EMBEDDED");
      } else if (!journal.volume().effectiveAccessModes().contains(AccessMode.READ_WRITE_MANY)) {
        problems.add("journal.volume.accessModes", count + " masters share one UFS journal claim, which needs "
            + "ReadWriteMany; add ReadWriteMany (and a storage class that supports it), or use type EMBEDDED");
      }
    }
    boolean zooKeeper = "true".equals(properties().get("alluxio.zookeeper.enabled"))
        && properties().containsKey("alluxio.zookeeper.address");
    String address = properties().get("alluxio.zookeeper.address");
    if ("true".equals(properties().get("alluxio.zookeeper.enabled")) && address != null) {
      problems.require(Arrays.stream(address.split(",", -1)).allMatch(a -> a.matches("[A-Za-z0-9.-]+:[0-9]{1,5}")),
          SpecRule.STORAGE_URI,
          PathJoiner.key("properties", "alluxio.zookeeper.address"),
          "ZooKeeper is enabled, so alluxio.zookeeper.address must list its servers as host:port, separated by commas "
              + "(e.g. zk-0.zk:2181,zk-1.zk:2181)");
    }
    if (!journal.isLocal() && UriRules.schemeOf(journal.folder()).isPresent()
        && SafePaths.sameOrNested(journal.folder(), underStorage().rootUri())) {
      problems.add(SpecRule.JOURNAL_LOCATION, "journal.folder", "lies inside the root under storage (spec.underStorage.rootUri), which Alluxio "
          + "mounts at /: the journal would show in Alluxio's namespace, where deleting a directory destroys it; give it "
          + "a folder outside the root");
    }
    if (journal.type() == JournalType.UFS && count > 1 && !zooKeeper) {
      problems.add("masters.count", count + " masters with a UFS journal elect their leader through ZooKeeper: set "
          + "properties alluxio.zookeeper.enabled: \"true\" and alluxio.zookeeper.address, or use journal type EMBEDDED");
    }
    if (journal.type() == JournalType.EMBEDDED && journal.formatJob().enabled()) {
      problems.add("journal.formatJob.enabled", "an EMBEDDED journal lives on each master's own claim, which a Job "
          + "cannot reach; format it with 'alluxio formatJournal' in each master pod instead");
    }
    if (journal.persistentVolume().isPresent() && (count > 1 || journal.type() == JournalType.EMBEDDED)) {
      problems.add("journal.persistentVolume", "a single hostPath PersistentVolume only serves a single master "
          + "with a UFS journal (single-node demos)");
    }
  }

  private void checkPods(Problems problems) {
    PodSettingsRules.check(problems, "masters.", masters());
    PodSettingsRules.check(problems, "workers.", workers());
    PodSettingsRules.check(problems, "fuse.", fuse());
    PodSettingsRules.check(problems, "logServer.", logServer());
    PodSettingsRules.check(problems, "proxy.", proxy());
    var m = masters().ports();
    Map<String, Integer> masterPorts = new LinkedHashMap<>();
    masterPorts.put("masters.ports.rpc", m.rpc());
    masterPorts.put("masters.ports.web", m.web());
    masterPorts.put("masters.ports.embedded", m.embedded());
    masterPorts.put("masters.ports.jobRpc", m.jobRpc());
    masterPorts.put("masters.ports.jobWeb", m.jobWeb());
    masterPorts.put("masters.ports.jobEmbedded", m.jobEmbedded());
    PodSettingsRules.checkPrivilegedPorts(problems, masters(), runAs().user(), masterPorts);
    var w = workers().ports();
    Map<String, Integer> workerPorts = new LinkedHashMap<>();
    workerPorts.put("workers.ports.rpc", w.rpc());
    workerPorts.put("workers.ports.web", w.web());
    workerPorts.put("workers.ports.jobRpc", w.jobRpc());
    workerPorts.put("workers.ports.jobData", w.jobData());
    workerPorts.put("workers.ports.jobWeb", w.jobWeb());
    PodSettingsRules.checkPrivilegedPorts(problems, workers(), runAs().user(), workerPorts);
    PodSettingsRules.checkPrivilegedPorts(problems, logServer(), runAs().user(), Map.of("logServer.port", logServer().port()));
    PodSettingsRules.checkPrivilegedPorts(problems, proxy(), runAs().user(), Map.of("proxy.port", proxy().port()));
  }

  private void checkPorts(Problems problems) {
    DistinctPorts masterPod = new DistinctPorts(problems);
    masters().ports().addTo(masterPod, "masters.ports.");
    if (masters().hostNetwork() && workers().hostNetwork()) {
      // Host-network masters and workers may land on one node and then share its ports.
      workers().ports().addTo(masterPod, "workers.ports.");
    }
    if (proxy().enabled() && proxy().hostNetwork()) {
      // A host-network proxy meets every other host-network process of its node on the node's ports.
      DistinctPorts node = new DistinctPorts(problems);
      if (workers().hostNetwork()) {
        workers().ports().addTo(node, "workers.ports.");
      }
      if (masters().hostNetwork()) {
        masters().ports().addTo(node, "masters.ports.");
      }
      node.add("proxy.port", proxy().port());
    }
  }

  private void checkWorkerPaths(Problems problems) {
    Map<String, String> owners = new LinkedHashMap<>();
    List<TierLevel> levels = tieredStore().levels();
    for (int l = 0; l < levels.size(); l++) {
      for (int d = 0; d < levels.get(l).directories().size(); d++) {
        String owner = "tieredStore.levels[" + l + "].directories[" + d + "].path";
        String path = levels.get(l).directories().get(d).path();
        // /mnt/ssd and /mnt/ssd/ are one directory; /mnt/ssd/a inside it would be counted twice.
        owners.entrySet().stream().filter(e -> SafePaths.sameOrNested(e.getKey(), path)).findFirst().ifPresentOrElse(
            e -> problems.add(SpecRule.SAME_DIRECTORY, owner, "\"" + path + "\" is the same directory as, or nested with, " + e.getValue()
                + " (\"" + e.getKey() + "\"); give each tier directory its own"),
            () -> owners.put(path, owner));
      }
    }
    if (shortCircuit().enabled()) {
      String socket = shortCircuit().mountPath();
      owners.entrySet().stream().filter(e -> SafePaths.sameOrNested(e.getKey(), socket)).findFirst().ifPresent(e -> {
        if (socket.equals(ShortCircuit.builder().build().mountPath())) {
          // The user wrote the tier directory, not the default it meets: report it there.
          problems.add(SpecRule.SAME_DIRECTORY, e.getValue(), "\"" + e.getKey() + "\" overlaps the short-circuit socket directory, "
              + socket + " by default; choose another directory, or move the socket with spec.shortCircuit.mountPath");
        } else {
          problems.add(SpecRule.SAME_DIRECTORY, "shortCircuit.mountPath", "\"" + socket + "\" overlaps " + e.getValue() + " (\"" + e.getKey() + "\")");
        }
      });
      if (SafePaths.sameOrNested(socket, SecretMounts.ROOT)) {
        problems.add(SpecRule.SAME_DIRECTORY, "shortCircuit.mountPath", "\"" + socket + "\" is under " + SecretMounts.ROOT + ", where Secrets are mounted");
      }
    }
    owners.forEach((path, owner) -> {
      if (SafePaths.sameOrNested(path, SecretMounts.ROOT)) {
        problems.add(SpecRule.SAME_DIRECTORY, owner, "\"" + path + "\" is under " + SecretMounts.ROOT + ", where Secrets are mounted");
      }
    });
  }

  private void checkMasterPaths(Problems problems) {
    if (journal().isLocal() && SafePaths.sameOrNested(journal().folder(), SecretMounts.ROOT)) {
      problems.add(SpecRule.SAME_DIRECTORY, "journal.folder", "\"" + journal().folder() + "\" overlaps " + SecretMounts.ROOT + ", where Secrets are mounted");
    }
    if (metastore().type() != MetastoreType.ROCKS) {
      return;
    }
    String metastoreDir = metastore().mountPath();
    if (SafePaths.sameOrNested(metastoreDir, SecretMounts.ROOT)) {
      problems.add(SpecRule.SAME_DIRECTORY, "metastore.mountPath", "\"" + metastoreDir + "\" overlaps " + SecretMounts.ROOT + ", where Secrets are mounted");
    }
    String journalFolder = journal().folder();
    if (!journal().isLocal() || !SafePaths.sameOrNested(journalFolder, metastoreDir)) {
      return;
    }
    if (metastoreDir.equals(Metastore.builder().build().mountPath())) {
      // The user wrote the journal folder, not the metastore's default: report what they wrote.
      problems.add(SpecRule.SAME_DIRECTORY, "journal.folder", "\"" + journalFolder + "\" overlaps the RocksDB metastore, at " + metastoreDir
          + " by default; choose another folder, or move the metastore with spec.metastore.mountPath");
    } else {
      problems.add(SpecRule.SAME_DIRECTORY, "metastore.mountPath", "\"" + metastoreDir + "\" overlaps the journal folder \"" + journalFolder
          + "\"; each needs its own volume");
    }
  }

  private void checkProperties(Problems problems) {
    Map<String, SortedMap<String, String>> byPath = new LinkedHashMap<>();
    byPath.put("properties", properties());
    byPath.put("masters.master.properties", masters().master().properties());
    byPath.put("masters.jobMaster.properties", masters().jobMaster().properties());
    byPath.put("workers.worker.properties", workers().worker().properties());
    byPath.put("workers.jobWorker.properties", workers().jobWorker().properties());
    byPath.put("fuse.properties", fuse().properties());
    byPath.put("logServer.properties", logServer().properties());
    byPath.put("proxy.properties", proxy().properties());
    PropertyRules.checkProperties(problems, "properties", properties());
    CatalogFindings.of(this).stream().filter(d -> d.severity() == Severity.ERROR).forEach(problems::add);
    byPath.forEach((path, properties) -> properties.keySet().forEach(key ->
        ManagedProperties.ownerOf(key).ifPresent(owner -> problems.add(SpecRule.MANAGED_PROPERTY, PathJoiner.key(path, key),
            "is computed from " + owner + "; set that instead"))));
    Map<String, List<String>> jvmByPath = new LinkedHashMap<>();
    jvmByPath.put("masters.master.jvmOptions", masters().master().jvmOptions());
    jvmByPath.put("masters.jobMaster.jvmOptions", masters().jobMaster().jvmOptions());
    jvmByPath.put("workers.worker.jvmOptions", workers().worker().jvmOptions());
    jvmByPath.put("workers.jobWorker.jvmOptions", workers().jobWorker().jvmOptions());
    jvmByPath.put("fuse.jvmOptions", fuse().jvmOptions());
    jvmByPath.put("logServer.jvmOptions", logServer().jvmOptions());
    jvmByPath.put("proxy.jvmOptions", proxy().jvmOptions());
    jvmByPath.forEach((path, options) -> {
      for (int i = 0; i < options.size(); i++) {
        String at = PathJoiner.index(path, i);
        ManagedProperties.propertyOf(options.get(i)).ifPresent(key -> ManagedProperties.ownerOf(key).ifPresent(owner ->
            problems.add(SpecRule.MANAGED_PROPERTY, at, "sets \"" + key + "\", which is computed from " + owner + "; set that instead")));
      }
    });
  }
}
