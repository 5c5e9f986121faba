package dev.alluxiok8s.helm;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One of Alluxio's Helm chart lines, with what sets it apart from the other: its keys (chart 0.6
 * moved ports, the metastore and short-circuit settings, turned JVM options into lists), its
 * defaults (0.6 runs workers off the host network and gives processes more memory) and what its
 * templates did with the values ({@link Trait}). The import reads a file as written for one line;
 * everything that differs between the lines is held here, so the mappers ask the line instead of
 * testing which line it is.
 */
public enum ChartLine {
  /** Chart 0.5.x, the version Alluxio's Kubernetes guide describes (checked against 0.5.2). */
  V0_5("0.5", ChartDefaults.V0_5, KeyCatalog::v05,
      Set.of("journal.pvcName", "journal.format.job", "domainHostPath", "worker.shortCircuitPolicy",
          "worker.domainHostPath", "worker.ramdisk", "fuse.image", "fuse.imageTag", "fuse.imagePullPolicy",
          "master.resources.ports", "jobMaster.resources.ports", "worker.resources.ports",
          "jobWorker.resources.ports", "master.metastore", "master.replicas"),
      "master.metastore", "worker.shortCircuitPolicy", "domainHostPath",
      List.of("hostPath", "emptyDir"),
      fullname -> "alluxio-pv-claim",
      EnumSet.of(Trait.FUSE_IMAGE, Trait.PORTS_HARD_CODED, Trait.RESOURCES_PORTS, Trait.EMBEDDED_JOURNAL_ON_EMPTY_DIR,
          Trait.UFS_JOURNAL_READ_WRITE_MANY, Trait.JOURNAL_FORMAT_JOB, Trait.JOURNAL_CLAIM_KEY,
          Trait.JOB_WORKER_PROPERTIES_IGNORED)),
  /** Chart 0.6.x (checked against 0.6.54, the last one published). */
  V0_6("0.6", ChartDefaults.V0_6, KeyCatalog::v06,
      Set.of("shortCircuit", "metastore", "master.ports", "jobMaster.ports", "worker.ports", "jobWorker.ports",
          "fuse.enabled", "fuse.mountPoint", "journal.volumeType", "journal.format.runFormat", "csi", "logserver",
          "proxy", "metrics", "worker.fuseEnabled", "imagePullSecrets", "hostAliases", "tolerations",
          "serviceAccount", "master.enabled", "worker.enabled", "configmaps"),
      "metastore", "shortCircuit.policy", "shortCircuit.hostPath",
      List.of("hostPath", "emptyDir", "persistentVolumeClaim"),
      // The claim the master StatefulSet's volume claim template made for its single master.
      fullname -> fullname + "-journal-" + fullname + "-master-0",
      EnumSet.of(Trait.COMPONENT_SWITCHES, Trait.VOLUME_TYPES, Trait.PORTS_KEYS, Trait.FUSE_MOUNT_KEYS));

  /** What a line's templates do with the values, where the lines differ. */
  public enum Trait {
    /** {@code master.enabled}, {@code worker.enabled}, {@code fuse.enabled} and {@code shortCircuit.enabled} switch components. */
    COMPONENT_SWITCHES,
    /** The journal, the metastore and the domain socket choose their volume with {@code volumeType} (and claims their access modes). */
    VOLUME_TYPES,
    /** FUSE has its own image ({@code fuse.image}, {@code fuse.imageTag}, {@code fuse.imagePullPolicy}). */
    FUSE_IMAGE,
    /** FUSE's mount is set with {@code fuse.mountPoint}, {@code fuse.alluxioPath} and {@code fuse.mountOptions}. */
    FUSE_MOUNT_KEYS,
    /** The templates hard-code the container and Service ports, whatever the properties say. */
    PORTS_HARD_CODED,
    /** Ports are set under {@code <component>.ports} (masters and workers alike). */
    PORTS_KEYS,
    /** Worker ports are set under {@code <component>.resources.ports} (and the masters' not at all). */
    RESOURCES_PORTS,
    /** An embedded journal lives on an emptyDir, so {@code journal.storageClass} never applied to it. */
    EMBEDDED_JOURNAL_ON_EMPTY_DIR,
    /** The UFS journal's claim is ReadWriteMany. */
    UFS_JOURNAL_READ_WRITE_MANY,
    /** The journal is formatted by a Job configured under {@code journal.format.job}. */
    JOURNAL_FORMAT_JOB,
    /** The journal claim's name is the value of {@code journal.pvcName}. */
    JOURNAL_CLAIM_KEY,
    /** {@code jobWorker.properties} is read by no template. */
    JOB_WORKER_PROPERTIES_IGNORED
  }

  private final String label;
  private final ChartDefaults defaults;
  private final Supplier<KeyCatalog> catalog;
  private final Set<String> distinctiveKeys;
  private final String metastoreBlock;
  private final String shortCircuitPolicyKey;
  private final String domainHostPathKey;
  private final List<String> tierVolumeTypes;
  private final UnaryOperator<String> defaultJournalClaim;
  private final Set<Trait> traits;

  ChartLine(String label, ChartDefaults defaults, Supplier<KeyCatalog> catalog, Set<String> distinctiveKeys,
      String metastoreBlock, String shortCircuitPolicyKey, String domainHostPathKey, List<String> tierVolumeTypes,
      UnaryOperator<String> defaultJournalClaim, Set<Trait> traits) {
    this.label = label;
    this.defaults = defaults;
    this.catalog = catalog;
    this.distinctiveKeys = distinctiveKeys;
    this.metastoreBlock = metastoreBlock;
    this.shortCircuitPolicyKey = shortCircuitPolicyKey;
    this.domainHostPathKey = domainHostPathKey;
    this.tierVolumeTypes = tierVolumeTypes;
    this.defaultJournalClaim = defaultJournalClaim;
    this.traits = traits;
  }

  /** {@code 0.5} or {@code 0.6}, as a command line takes it. */
  public String label() {
    return label;
  }

  /**
   * Parses {@code 0.5}, {@code 0.5.2}, {@code 0.6}, {@code 0.6.54}, ...; {@code auto} gives
   * empty: the import then tells the line from the keys the file uses.
   */
  public static Optional<ChartLine> parse(String text) {
    String t = text.trim();
    if (t.equalsIgnoreCase("auto")) {
      return Optional.empty();
    }
    for (ChartLine line : values()) {
      if (t.equals(line.label) || t.startsWith(line.label + ".")) {
        return Optional.of(line);
      }
    }
    throw new IllegalArgumentException("\"" + text + "\" is not a chart version alluxio-k8s can read; use 0.5, 0.6 or auto");
  }

  /** Whether the line's templates do {@code trait}. */
  public boolean has(Trait trait) {
    return traits.contains(trait);
  }

  /** The defaults of the line's {@code values.yaml} that differ between the lines or from the model's. */
  public ChartDefaults defaults() {
    return defaults;
  }

  /** The block holding the metastore volume's settings. */
  public String metastoreBlock() {
    return metastoreBlock;
  }

  /** The key of the short-circuit policy ({@code uuid} or {@code local}). */
  public String shortCircuitPolicyKey() {
    return shortCircuitPolicyKey;
  }

  /** The key of the node directory that holds the domain socket. */
  public String domainHostPathKey() {
    return domainHostPathKey;
  }

  /** The volume types a tier level's {@code type} may name. */
  public List<String> tierVolumeTypes() {
    return tierVolumeTypes;
  }

  /**
   * The key of a component's port, or empty when the line has none (chart 0.5.x hard-codes the
   * masters' ports): {@code master.ports.rpc} (0.6.x), {@code worker.resources.ports.rpc} (0.5.x).
   */
  public Optional<String> portKey(String component, String port) {
    if (has(Trait.PORTS_KEYS)) {
      return Optional.of(component + ".ports." + port);
    }
    boolean worker = component.equals("worker") || component.equals("jobWorker");
    return has(Trait.RESOURCES_PORTS) && worker ? Optional.of(component + ".resources.ports." + port) : Optional.empty();
  }

  /**
   * The journal claim's name under the chart's names: {@code journal.pvcName} when the line has
   * that key and the file gives it, else the name the line's templates give it.
   */
  public String journalClaim(String fullname, Optional<String> pvcName) {
    return pvcName.filter(n -> has(Trait.JOURNAL_CLAIM_KEY)).orElseGet(() -> defaultJournalClaim.apply(fullname));
  }

  /** The other line, whose keys a file of this line may hold by mistake. */
  ChartLine other() {
    return this == V0_5 ? V0_6 : V0_5;
  }

  /** Every key of the line and what the import does with it. */
  KeyCatalog catalog() {
    return catalog.get();
  }

  /** Keys that only this line has (or that changed type), to tell the lines apart. */
  Set<String> distinctiveKeys() {
    return distinctiveKeys;
  }

  @Override
  public String toString() {
    return label;
  }
}
