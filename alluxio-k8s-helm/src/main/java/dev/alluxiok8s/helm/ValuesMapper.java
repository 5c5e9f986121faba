package dev.alluxiok8s.helm;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.ImmutableClusterSpec;
import dev.alluxiok8s.model.check.InvalidModelException;
import dev.alluxiok8s.model.check.ModelProblem;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.fuse.ImmutableFuse;
import dev.alluxiok8s.model.image.Image;
import dev.alluxiok8s.model.image.Images;
import dev.alluxiok8s.model.image.ImmutableImages;
import dev.alluxiok8s.model.image.PullPolicy;
import dev.alluxiok8s.model.journal.FormatJournalJob;
import dev.alluxiok8s.model.journal.ImmutableJournal;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.master.ImmutableMasterPorts;
import dev.alluxiok8s.model.master.MasterPorts;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.network.HostAlias;
import dev.alluxiok8s.model.placement.DnsPolicy;
import dev.alluxiok8s.model.placement.Placement;
import dev.alluxiok8s.model.process.JobMasterProcess;
import dev.alluxiok8s.model.process.JobWorkerProcess;
import dev.alluxiok8s.model.process.MasterProcess;
import dev.alluxiok8s.model.process.Resources;
import dev.alluxiok8s.model.process.WorkerProcess;
import dev.alluxiok8s.model.property.ManagedProperties;
import dev.alluxiok8s.model.property.PropertyRules;
import dev.alluxiok8s.model.secret.SecretMounts;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.security.RunAs;
import dev.alluxiok8s.model.shortcircuit.ImmutableShortCircuit;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TierVolume;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.ufs.CredentialReference;
import dev.alluxiok8s.model.ufs.ImmutableUnderStorage;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.volume.AccessMode;
import dev.alluxiok8s.model.volume.DataVolume;
import dev.alluxiok8s.model.volume.ImmutableDataVolume;
import dev.alluxiok8s.model.volume.VolumeKind;
import dev.alluxiok8s.model.worker.WorkerPorts;
import dev.alluxiok8s.model.worker.Workers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the keys of a values file onto the cluster model, applying the chart line's defaults.
 * Problems and warnings go to {@link Values}; a model invariant that fails is reported at the
 * values key the attribute came from.
 */
final class ValuesMapper {

  static final String ROOT_UFS = "alluxio.master.mount.table.root.ufs";
  static final String ROOT_OPTION = "alluxio.master.mount.table.root.option.";
  /** The guide's placeholders ({@code <under_storage_address>}, {@code <bucket>}, {@code <accessKey>}). */
  private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]*>");

  private final Values values;
  private final ChartVersion version;
  private final ChartDefaults defaults;
  private final boolean v06;
  /** Model attribute path -> the values key it came from, to place model problems. */
  private final Map<String, ValueNode> origins = new LinkedHashMap<>();
  private final SortedMap<String, String> credentials = new TreeMap<>();
  private String name = "alluxio";

  /** The outcome: the cluster (null when there were errors), the Secret's data and the chart's journal claim. */
  record Mapped(AlluxioCluster cluster, SortedMap<String, String> credentials, String journalClaim) {}

  ValuesMapper(Values values, ChartVersion version) {
    this.values = values;
    this.version = version;
    this.defaults = ChartDefaults.of(version);
    this.v06 = version == ChartVersion.V0_6;
  }

  Mapped map() {
    values.string("fullnameOverride").ifPresent(n -> {
      origin("metadata.name", "fullnameOverride");
      if (n.isEmpty()) {
        values.error(values.at("fullnameOverride").orElseThrow(), "an empty fullnameOverride makes the chart derive "
            + "names from the Helm release, which a values file does not hold; set it to your objects' prefix "
            + "(the chart's default is alluxio)");
      }
      name = n;
    });
    ImmutableClusterSpec.Builder spec = ClusterSpec.builder();
    RunAs runAs = build("runAs", this::runAs);
    Images images = build("images", this::images);
    GlobalProperties global = globalProperties();
    UnderStorage ufs = build("underStorage", () -> underStorage(global));
    Journal journal = build("journal", () -> journal(global));
    Masters masters = build("masters", () -> masters(global));
    Metastore metastore = build("metastore", () -> metastore(global));
    TieredStore tiers = build("tieredStore", this::tieredStore);
    ShortCircuit shortCircuit = build("shortCircuit", () -> shortCircuit(global));
    Workers workers = build("workers", () -> workers(global));
    Fuse fuse = build("fuse", this::fuse);
    SecretMounts secrets = build("secrets", this::secrets);
    List<HostAlias> hostAliases = hostAliases();
    ClusterMetadata metadata = build("metadata", () -> ClusterMetadata.named(name));
    String journalClaim = journalClaim();
    if (!values.errors().isEmpty()) {
      return new Mapped(null, credentials, journalClaim);
    }
    ClusterSpec built = build("", () -> spec.runAs(runAs).images(images).underStorage(ufs).journal(journal)
        .masters(masters).metastore(metastore).tieredStore(tiers).shortCircuit(shortCircuit).workers(workers)
        .fuse(fuse).secrets(secrets).hostAliases(hostAliases).properties(global.properties()).build());
    if (!values.errors().isEmpty()) {
      return new Mapped(null, credentials, journalClaim);
    }
    ClusterSpec exempt = declareExemptions(built);
    return new Mapped(AlluxioCluster.builder().metadata(metadata).spec(exempt).build(), credentials, journalClaim);
  }

  // ---------------------------------------------------------------- identity, images, users

  private RunAs runAs() {
    var b = RunAs.builder();
    values.integer(values.at("user")).ifPresent(b::user);
    values.integer(values.at("group")).ifPresent(b::group);
    values.integer(values.at("fsGroup")).ifPresent(b::fsGroup);
    origin("runAs.user", "user");
    origin("runAs.group", "group");
    origin("runAs.fsGroup", "fsGroup");
    return b.build();
  }

  private Images images() {
    origin("images.alluxio", "imageTag");
    origin("images.alluxio.repository", "image");
    origin("images.alluxio.pullPolicy", "imagePullPolicy");
    ImmutableImages.Builder b = Images.builder();
    Optional.ofNullable(build("images.alluxio", () -> image("image", "imageTag", "imagePullPolicy", "alluxio/alluxio")))
        .ifPresent(b::alluxio);
    if (!v06 && values.has("fuse")) {
      origin("images.fuse", "fuse.imageTag");
      origin("images.fuse.repository", "fuse.image");
      Optional.ofNullable(build("images.fuse", () -> image("fuse.image", "fuse.imageTag", "fuse.imagePullPolicy",
          "alluxio/alluxio-fuse"))).ifPresent(b::fuse);
    }
    List<ValueNode> pullSecrets = values.items(values.at("imagePullSecrets"));
    for (int i = 0; i < pullSecrets.size(); i++) {
      ValueNode item = pullSecrets.get(i);
      origin("images.pullSecrets[" + i + "]", item);
      if (item instanceof ValueNode.Mapping m) {
        values.string(values.at(m, "name")).ifPresent(b::addPullSecrets);
      } else {
        values.string(Optional.of(item)).ifPresent(b::addPullSecrets);
      }
    }
    return b.build();
  }

  private Image image(String repositoryKey, String tagKey, String policyKey, String defaultRepository) {
    Optional<String> tag = values.string(tagKey);
    String effective = tag.orElse(defaults.imageTag());
    if (effective.endsWith("-SNAPSHOT")) {
      String message = "\"" + effective + "\" is a development snapshot" + (tag.isEmpty() ? " (the chart's default)" : "")
          + "; it is kept so the imported cluster runs the same Alluxio, but pin a released tag such as "
          + Image.DEFAULT_ALLUXIO_TAG + " (a different release may need a journal upgrade)";
      values.at(tagKey).ifPresentOrElse(n -> values.warn(n, message), () -> values.warnFile(tagKey + ": " + message));
    }
    PullPolicy policy = values.oneOf(values.at(policyKey), List.of("IfNotPresent", "Always", "Never"))
        .map(p -> Arrays.stream(PullPolicy.values()).filter(v -> v.value().equals(p)).findFirst().orElseThrow())
        .orElse(PullPolicy.IF_NOT_PRESENT);
    return Image.builder().repository(values.string(repositoryKey).orElse(defaultRepository)).tag(effective)
        .pullPolicy(policy).build();
  }

  // ---------------------------------------------------------------- properties

  /** What the top-level {@code properties} hold once typed settings and credentials are taken out. */
  private record GlobalProperties(SortedMap<String, String> properties, Map<String, ValueNode> managed) {
    Optional<ValueNode> get(String key) {
      return Optional.ofNullable(managed.get(key));
    }
  }

  private GlobalProperties globalProperties() {
    SortedMap<String, String> free = new TreeMap<>();
    Map<String, ValueNode> managed = new LinkedHashMap<>();
    for (Map.Entry<String, ValueNode> e : values.entries(values.at("properties")).entrySet()) {
      String key = e.getKey();
      ValueNode node = e.getValue();
      Optional<String> value = values.string(Optional.of(node).filter(n -> !(n instanceof ValueNode.Null)));
      if (value.isEmpty()) {
        continue;
      }
      boolean credential = PropertyRules.looksLikeCredential(key);
      if (!placeholderFree(node, value.get(), credential)) {
        continue;
      }
      if (credential) {
        credentials.put(key, value.get());
        values.warn(node, "the literal credential was moved into the generated Secret " + secretName() + " (key \""
            + key + "\"), rendered before the workloads; better, create a Secret yourself and reference it in "
            + "spec.underStorage.credentials, so the value is kept in no file");
      } else if (key.equals(ROOT_UFS) || key.startsWith(ROOT_OPTION) || ManagedProperties.ownerOf(key).isPresent()) {
        managed.put(key, node);
      } else {
        free.put(key, value.get());
        origin(PathJoiner.key("properties", key), node);
      }
    }
    // Checked here, not only when the whole spec is built, so these problems come with the others.
    build("properties", () -> {
      Problems problems = new Problems("properties");
      PropertyRules.checkProperties(problems, "", free);
      problems.throwIfAny();
      return free;
    });
    for (String key : managed.keySet()) {
      if (!TYPED_PROPERTIES.contains(key) && !key.startsWith(ROOT_OPTION) && !key.equals(ROOT_UFS)) {
        values.error(managed.get(key), "alluxio-k8s computes this property from "
            + ManagedProperties.ownerOf(key).orElseThrow() + "; set the chart's own key for it instead "
            + "(see the key-by-key table of 'Migrating from the Helm chart')");
      }
    }
    return new GlobalProperties(free, managed);
  }

  /** Properties the import reads into typed attributes (the chart passed them through as is). */
  private static final List<String> TYPED_PROPERTIES = List.of(
      "alluxio.master.journal.type", "alluxio.master.journal.folder",
      "alluxio.master.metastore", "alluxio.master.metastore.dir",
      "alluxio.master.rpc.port", "alluxio.master.web.port", "alluxio.master.embedded.journal.port",
      "alluxio.job.master.rpc.port", "alluxio.job.master.web.port", "alluxio.job.master.embedded.journal.port",
      "alluxio.worker.rpc.port", "alluxio.worker.web.port",
      "alluxio.job.worker.rpc.port", "alluxio.job.worker.data.port", "alluxio.job.worker.web.port",
      "alluxio.user.short.circuit.enabled", "alluxio.worker.data.server.domain.socket.address",
      "alluxio.worker.data.server.domain.socket.as.uuid");

  /** False (with an error) when a value still holds one of the guide's placeholders. */
  private boolean placeholderFree(ValueNode node, String value, boolean credential) {
    Matcher m = PLACEHOLDER.matcher(value);
    if (!m.find()) {
      return true;
    }
    // The placeholder itself is the guide's text, never a secret; the rest of a credential value may be.
    values.error(node, (credential ? "still holds" : "\"" + value + "\" still holds") + " the guide's placeholder "
        + m.group() + ", which the guide says MUST be changed; put the real value there");
    return false;
  }

  /** A component's own properties, refusing credentials (only the top-level ones are moved into a Secret). */
  private SortedMap<String, String> componentProperties(String key, String specPath) {
    SortedMap<String, String> result = new TreeMap<>();
    for (Map.Entry<String, ValueNode> e : values.entries(values.at(key)).entrySet()) {
      Optional<String> value = values.string(Optional.of(e.getValue()).filter(n -> !(n instanceof ValueNode.Null)));
      if (value.isEmpty()) {
        continue;
      }
      boolean credential = PropertyRules.looksLikeCredential(e.getKey());
      if (!placeholderFree(e.getValue(), value.get(), credential)) {
        continue;
      }
      if (credential) {
        values.error(e.getValue(), "looks like a credential; move it to the top-level properties, from which "
            + "the import moves credentials into a Secret (a ConfigMap is no place for them)");
        continue;
      }
      Optional<String> owner = ManagedProperties.ownerOf(e.getKey());
      if (owner.isPresent()) {
        values.error(e.getValue(), "alluxio-k8s computes this property from " + owner.get() + "; set the chart's "
            + "own key for it instead (see the key-by-key table of 'Migrating from the Helm chart')");
        continue;
      }
      result.put(e.getKey(), value.get());
      origin(PathJoiner.key(specPath, e.getKey()), e.getValue());
    }
    return result;
  }

  // ---------------------------------------------------------------- under storage and journal

  private UnderStorage underStorage(GlobalProperties global) {
    Optional<ValueNode> root = global.get(ROOT_UFS);
    if (root.isEmpty() && values.entries(values.at("properties")).containsKey(ROOT_UFS)) {
      return null; // present, but refused already (a placeholder, or not a single value)
    }
    if (root.isEmpty()) {
      String message = "\"" + ROOT_UFS + "\" is required: without it Alluxio mounts a folder inside the master "
          + "container, which is lost with the pod; set it to your under storage, e.g. s3a://my-bucket/alluxio/";
      values.at("properties").ifPresentOrElse(n -> values.error(n, message),
          () -> values.error(values.root().location(), "properties", message));
      return null;
    }
    origin("underStorage.rootUri", root.get());
    ImmutableUnderStorage.Builder b = UnderStorage.builder().rootUri(values.string(root).orElse(""));
    global.managed().forEach((key, node) -> {
      if (key.startsWith(ROOT_OPTION)) {
        String option = key.substring(ROOT_OPTION.length());
        b.putOptions(option, values.string(Optional.of(node)).orElse(""));
        origin(PathJoiner.key("underStorage.options", option), node);
      }
    });
    for (String property : credentials.keySet()) {
      b.addCredentials(CredentialReference.of(property, secretName(), property));
    }
    return b.build();
  }

  private String secretName() {
    return name + "-ufs-credentials";
  }

  private Journal journal(GlobalProperties global) {
    ImmutableJournal.Builder b = Journal.builder();
    Optional<ValueNode> typeNode = global.get("alluxio.master.journal.type").or(() -> values.at("journal.type"));
    String type = values.oneOf(typeNode, List.of("UFS", "EMBEDDED")).orElse("UFS");
    typeNode.ifPresent(n -> origin("journal.type", n));
    b.type(JournalType.valueOf(type));
    Optional<ValueNode> folderNode = global.get("alluxio.master.journal.folder").or(() -> values.at("journal.folder"));
    String folder = values.string(folderNode).orElse("/journal");
    folderNode.ifPresent(n -> origin("journal.folder", n));
    b.folder(folder);
    String ufsType = values.oneOf(values.at("journal.ufsType"), List.of("local", "HDFS")).orElse("local");
    if (ufsType.equals("HDFS") && folder.startsWith("/")) {
      values.error(values.at("journal.ufsType").orElseThrow(), "a journal on HDFS needs journal.folder to be an "
          + "hdfs:// URI, got \"" + folder + "\"");
    }
    ImmutableDataVolume.Builder volume = DataVolume.builder();
    origin("journal.volume", "journal.size");
    values.string("journal.size").ifPresent(volume::size);
    Optional<String> storageClass = values.string("journal.storageClass");
    origin("journal.volume.storageClass", "journal.storageClass");
    if (!v06 && type.equals("EMBEDDED")) {
      // Chart 0.5.x kept an embedded journal on an emptyDir, so its storage class never applied.
      storageClass.ifPresent(volume::storageClass);
      values.at("journal.type").or(() -> typeNode).ifPresent(n -> values.warn(n, "the chart kept each master's "
          + "embedded journal on an emptyDir, lost with the pod (with one master, on no volume at all); here each "
          + "master gets a claim (journal.size, "
          + storageClass.map(c -> "storage class " + c).orElse("the cluster's default storage class") + ")"));
    } else {
      // The chart's journal claims name a storage class (standard); a claim taken over in place must keep it.
      volume.storageClass(storageClass.orElse("standard"));
    }
    if (v06) {
      String kind = values.oneOf(values.at("journal.volumeType"), List.of("persistentVolumeClaim", "emptyDir"))
          .orElse("persistentVolumeClaim");
      if (kind.equals("emptyDir")) {
        volume = DataVolume.builder().kind(VolumeKind.EMPTY_DIR);
        values.string("journal.size").ifPresent(volume::size);
        values.string("journal.medium").ifPresent(volume::medium);
      } else {
        accessModes(volume, "journal.accessModes", "journal.volume.accessModes");
      }
    } else if (type.equals("UFS")) {
      // Chart 0.5.2's journal claim is ReadWriteMany; claims are immutable, so keep it for a takeover.
      volume.addAccessModes(AccessMode.READ_WRITE_MANY);
    }
    if (folder.startsWith("/")) {
      b.volume(volume.build());
    }
    if (!v06) {
      var job = FormatJournalJob.builder();
      values.integer(values.at("journal.format.job.activeDeadlineSeconds")).ifPresent(job::activeDeadlineSeconds);
      values.integer(values.at("journal.format.job.ttlSecondsAfterFinished")).ifPresent(job::ttlSecondsAfterFinished);
      origin("journal.formatJob.activeDeadlineSeconds", "journal.format.job.activeDeadlineSeconds");
      origin("journal.formatJob.ttlSecondsAfterFinished", "journal.format.job.ttlSecondsAfterFinished");
      b.formatJob(job.build());
    }
    return b.build();
  }

  private void accessModes(ImmutableDataVolume.Builder volume, String key, String specPath) {
    origin(specPath, key);
    for (String mode : values.words(values.at(key))) {
      Arrays.stream(AccessMode.values()).filter(m -> m.value().equals(mode)).findFirst().ifPresentOrElse(
          volume::addAccessModes,
          () -> values.error(values.at(key).orElseThrow(), "\"" + mode + "\" is not an access mode (ReadWriteOnce, "
              + "ReadOnlyMany, ReadWriteMany, ReadWriteOncePod)"));
    }
  }

  /**
   * The journal claim's name under the chart's naming: {@code journal.pvcName} (0.5.x), or the
   * claim chart 0.6.x's volume claim template made for its single master, so a takeover keeps
   * the journal's data.
   */
  private String journalClaim() {
    return v06 ? name + "-journal-" + name + "-master-0" : values.string("journal.pvcName").orElse("alluxio-pv-claim");
  }

  // ---------------------------------------------------------------- masters and metastore

  private Masters masters(GlobalProperties global) {
    var b = Masters.builder();
    values.integer32("master.count").ifPresent(b::count);
    origin("masters.count", "master.count");
    values.integer32("master.replicas").filter(r -> r != 1).ifPresent(r -> values.error(
        values.at("master.replicas").orElseThrow(), "each of the chart's master StatefulSets ran " + r + " pods "
            + "that shared one host name, which Alluxio cannot use; set master.count to the number of masters instead"));
    if (v06) {
      values.bool("master.enabled").filter(e -> !e).ifPresent(e -> values.error(values.at("master.enabled").orElseThrow(),
          "a cluster without masters is not supported"));
    }
    requireArgs("master.args", List.of("master-only", "--no-format"));
    requireArgs("jobMaster.args", List.of("job-master"));
    List<String> globalJvm = values.words(values.at("jvmOptions"));
    b.master(MasterProcess.builder()
        .resources(resources("master.resources", defaults.master(), "masters.master.resources"))
        .jvmOptions(jvm(globalJvm, "master.jvmOptions", "masters.master.jvmOptions"))
        .properties(componentProperties("master.properties", "masters.master.properties")).build());
    b.jobMaster(JobMasterProcess.builder()
        .resources(resources("jobMaster.resources", defaults.jobMaster(), "masters.jobMaster.resources"))
        .jvmOptions(jvm(globalJvm, "jobMaster.jvmOptions", "masters.jobMaster.jvmOptions"))
        .properties(componentProperties("jobMaster.properties", "masters.jobMaster.properties")).build());
    ImmutableMasterPorts.Builder ports = MasterPorts.builder();
    port(global, "alluxio.master.rpc.port", v06 ? "master.ports.rpc" : null, ports::rpc, "masters.ports.rpc");
    port(global, "alluxio.master.web.port", v06 ? "master.ports.web" : null, ports::web, "masters.ports.web");
    port(global, "alluxio.master.embedded.journal.port", v06 ? "master.ports.embedded" : null, ports::embedded,
        "masters.ports.embedded");
    port(global, "alluxio.job.master.rpc.port", v06 ? "jobMaster.ports.rpc" : null, ports::jobRpc, "masters.ports.jobRpc");
    port(global, "alluxio.job.master.web.port", v06 ? "jobMaster.ports.web" : null, ports::jobWeb, "masters.ports.jobWeb");
    port(global, "alluxio.job.master.embedded.journal.port", v06 ? "jobMaster.ports.embedded" : null, ports::jobEmbedded,
        "masters.ports.jobEmbedded");
    b.ports(ports.build());
    boolean hostNetwork = values.bool("master.hostNetwork").orElse(false);
    origin("masters.hostNetwork", "master.hostNetwork");
    b.hostNetwork(hostNetwork);
    dnsPolicy("master.dnsPolicy").ifPresent(b::dnsPolicy);
    b.placement(placement("master.nodeSelector", "masters.placement"));
    return b.build();
  }

  private Metastore metastore(GlobalProperties global) {
    var b = Metastore.builder();
    Optional<ValueNode> typeNode = global.get("alluxio.master.metastore");
    String type = values.oneOf(typeNode, List.of("HEAP", "ROCKS")).orElse("HEAP");
    typeNode.ifPresent(n -> origin("metastore.type", n));
    b.type(MetastoreType.valueOf(type));
    String block = v06 ? "metastore" : "master.metastore";
    Optional<ValueNode> dirNode = global.get("alluxio.master.metastore.dir");
    Optional<String> dir = values.string(dirNode);
    Optional<String> mountPath = values.string(block + ".mountPath");
    if (dir.isPresent() && mountPath.isPresent() && !dir.get().equals(mountPath.get())) {
      values.error(dirNode.orElseThrow(), "\"" + dir.get() + "\" is not where " + block + ".mountPath mounts the "
          + "metastore volume (\"" + mountPath.get() + "\"); RocksDB would write inside the container");
    }
    dir.or(() -> mountPath).ifPresent(b::mountPath);
    origin("metastore.mountPath", dirNode.isPresent() ? dirNode.get().path() : block + ".mountPath");
    boolean configured = values.at(block).isPresent();
    if (configured && type.equals("HEAP")) {
      values.warn(values.at(block).orElseThrow(), "the chart mounts this volume, but Alluxio only uses it with "
          + "properties alluxio.master.metastore: ROCKS; with the heap metastore it is not rendered");
    }
    if (configured) {
      String kind = v06 ? values.oneOf(values.at("metastore.volumeType"), List.of("persistentVolumeClaim", "emptyDir"))
          .orElse("persistentVolumeClaim") : "emptyDir";
      ImmutableDataVolume.Builder volume = DataVolume.builder()
          .kind(kind.equals("emptyDir") ? VolumeKind.EMPTY_DIR : VolumeKind.PERSISTENT_VOLUME_CLAIM);
      values.string(block + ".size").ifPresent(volume::size);
      origin("metastore.volume", block + ".size");
      if (kind.equals("emptyDir")) {
        values.string(block + ".medium").filter(m -> !m.isEmpty()).ifPresent(volume::medium);
        origin("metastore.volume.medium", block + ".medium");
      } else {
        values.string("metastore.storageClass").ifPresent(volume::storageClass);
        origin("metastore.volume.storageClass", "metastore.storageClass");
        accessModes(volume, "metastore.accessModes", "metastore.volume.accessModes");
      }
      b.volume(volume.build());
    }
    return b.build();
  }

  // ---------------------------------------------------------------- workers, tiers, short-circuit

  private Workers workers(GlobalProperties global) {
    var b = Workers.builder();
    requireArgs("worker.args", List.of("worker-only", "--no-format"));
    requireArgs("jobWorker.args", List.of("job-worker"));
    if (v06) {
      values.bool("worker.enabled").filter(e -> !e).ifPresent(e -> values.error(values.at("worker.enabled").orElseThrow(),
          "a cluster without workers is not supported"));
    }
    List<String> globalJvm = values.words(values.at("jvmOptions"));
    b.worker(WorkerProcess.builder()
        .resources(resources("worker.resources", defaults.worker(), "workers.worker.resources"))
        .jvmOptions(jvm(globalJvm, "worker.jvmOptions", "workers.worker.jvmOptions"))
        .properties(componentProperties("worker.properties", "workers.worker.properties")).build());
    values.at("jobWorker.properties").filter(n -> !v06 && !n.isEmpty()).ifPresent(n -> values.warn(n,
        "chart 0.5.x ignores these properties; they are applied to the job worker here"));
    b.jobWorker(JobWorkerProcess.builder()
        .resources(resources("jobWorker.resources", defaults.jobWorker(), "workers.jobWorker.resources"))
        .jvmOptions(jvm(globalJvm, "jobWorker.jvmOptions", "workers.jobWorker.jvmOptions"))
        .properties(componentProperties("jobWorker.properties", "workers.jobWorker.properties")).build());
    var ports = WorkerPorts.builder();
    String w = v06 ? "worker.ports." : "worker.resources.ports.";
    String jw = v06 ? "jobWorker.ports." : "jobWorker.resources.ports.";
    port(global, "alluxio.worker.rpc.port", w + "rpc", ports::rpc, "workers.ports.rpc");
    port(global, "alluxio.worker.web.port", w + "web", ports::web, "workers.ports.web");
    port(global, "alluxio.job.worker.rpc.port", jw + "rpc", ports::jobRpc, "workers.ports.jobRpc");
    port(global, "alluxio.job.worker.data.port", jw + "data", ports::jobData, "workers.ports.jobData");
    port(global, "alluxio.job.worker.web.port", jw + "web", ports::jobWeb, "workers.ports.jobWeb");
    b.ports(ports.build());
    b.hostNetwork(values.bool("worker.hostNetwork").orElse(defaults.workerHostNetwork()));
    origin("workers.hostNetwork", "worker.hostNetwork");
    dnsPolicy("worker.dnsPolicy").ifPresent(b::dnsPolicy);
    b.placement(placement("worker.nodeSelector", "workers.placement"));
    return b.build();
  }

  private TieredStore tieredStore() {
    Optional<ValueNode> levelsNode = values.at("tieredstore.levels");
    if (levelsNode.isEmpty()) {
      // The chart's default level: MEM on /dev/shm in RAM, with the line's default quota.
      return TieredStore.builder().addLevels(TierLevel.builder().alias(MediumType.MEM)
          .addDirectories(TierDirectory.builder().path("/dev/shm")
              .quota(AlluxioSizes.toQuantity(defaults.quota()).orElseThrow())
              .volume(TierVolume.of(VolumeKind.EMPTY_DIR)).build())
          .highWatermark(TierLevel.DEFAULT_HIGH).lowWatermark(TierLevel.DEFAULT_LOW).build()).build();
    }
    var b = TieredStore.builder();
    List<ValueNode> items = values.items(levelsNode);
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof ValueNode.Mapping level)) {
        values.error(items.get(i), "expected a tier level (level, mediumtype, path, type, quota, high, low)");
        continue;
      }
      origin("tieredStore.levels[" + i + "]", level);
      TierLevel mapped = level(level, i);
      if (mapped != null) {
        b.addLevels(mapped);
      }
    }
    return b.build();
  }

  private TierLevel level(ValueNode.Mapping level, int index) {
    values.integer(values.at(level, "level")).filter(l -> l != index).ifPresent(l -> values.error(
        values.at(level, "level").orElseThrow(), "level " + l + " is listed at position " + index
            + "; list the levels in order 0, 1, 2 (Alluxio numbers them by position here)"));
    List<String> media = parts(values.string(values.at(level, "mediumtype")));
    List<String> paths = parts(values.string(values.at(level, "path")));
    List<String> quotas = parts(values.string(values.at(level, "quota")));
    List<String> claims = parts(values.string(values.at(level, "name")));
    if (media.isEmpty() || paths.isEmpty()) {
      values.error(level, "a tier level needs mediumtype and path");
      return null;
    }
    if (media.size() != paths.size() || (!quotas.isEmpty() && quotas.size() != paths.size())) {
      values.error(level, "mediumtype, path and quota must list the same number of comma-separated parts, got "
          + media.size() + ", " + paths.size() + " and " + quotas.size());
      return null;
    }
    String type = values.oneOf(values.at(level, "type"), v06 ? List.of("hostPath", "emptyDir", "persistentVolumeClaim")
        : List.of("hostPath", "emptyDir")).orElse("emptyDir");
    if (type.equals("persistentVolumeClaim") && claims.size() != paths.size()) {
      values.error(level, "a persistentVolumeClaim tier needs one claim name in 'name' per path");
      return null;
    }
    Optional<MediumType> alias = values.string(values.at(level, "alias")).map(a -> medium(level, "alias", a))
        .orElse(Optional.of(MediumType.values()[Math.min(index, MediumType.values().length - 1)]));
    var b = TierLevel.builder().alias(alias.orElse(MediumType.MEM));
    for (int d = 0; d < paths.size(); d++) {
      var dir = TierDirectory.builder().path(paths.get(d));
      medium(level, "mediumtype", media.get(d)).ifPresent(dir::mediumType);
      if (!quotas.isEmpty()) {
        String quota = quotas.get(d);
        Optional<String> q = AlluxioSizes.toQuantity(quota);
        q.ifPresentOrElse(dir::quota, () -> values.error(values.at(level, "quota").orElseThrow(),
            "\"" + quota + "\" is not a size (examples: 1GB, 512MB, 10G)"));
      }
      dir.volume(switch (type) {
        case "hostPath" -> TierVolume.of(VolumeKind.HOST_PATH);
        case "persistentVolumeClaim" -> TierVolume.claim(claims.get(d));
        default -> TierVolume.of(VolumeKind.EMPTY_DIR);
      });
      b.addDirectories(dir.build());
    }
    values.decimal(values.at(level, "high")).ifPresent(b::highWatermark);
    values.decimal(values.at(level, "low")).ifPresent(b::lowWatermark);
    return sizedInRam(level, b.build());
  }

  /**
   * A level kept in RAM without a quota gets the line's default quota: its files count against
   * the worker's memory limit, so the model needs its size, and the chart only left it to Alluxio
   * (a RAM disk sized from the worker's memory request, or two thirds of the node's memory).
   */
  private TierLevel sizedInRam(ValueNode.Mapping node, TierLevel level) {
    if (level.directories().stream().anyMatch(d -> d.quota().isPresent())
        || !level.directories().stream().allMatch(level::isMemoryBacked)) {
      return level;
    }
    values.warn(node, "a tier level in RAM without a quota: its files count against the worker's memory limit, "
        + "so each directory is imported with quota " + defaults.quota() + "; set quota to size it");
    return TierLevel.builder().from(level).directories(level.directories().stream()
        .map(d -> TierDirectory.builder().from(d).quota(defaults.quota()).build()).toList()).build();
  }

  private Optional<MediumType> medium(ValueNode.Mapping level, String key, String text) {
    for (MediumType m : MediumType.values()) {
      if (m.name().equals(text.trim())) {
        return Optional.of(m);
      }
    }
    values.error(values.at(level, key).orElse(level), "\"" + text + "\" is not a medium (MEM, SSD, HDD)");
    return Optional.empty();
  }

  private static List<String> parts(Optional<String> text) {
    return text.map(t -> Arrays.stream(t.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList())
        .orElse(List.of());
  }

  private ShortCircuit shortCircuit(GlobalProperties global) {
    ImmutableShortCircuit.Builder b = ShortCircuit.builder();
    Optional<String> policy;
    if (v06) {
      values.bool("shortCircuit.enabled").ifPresent(b::enabled);
      origin("shortCircuit.enabled", "shortCircuit.enabled");
      policy = values.oneOf(values.at("shortCircuit.policy"), List.of("uuid", "local"));
      String volumeType = values.oneOf(values.at("shortCircuit.volumeType"), List.of("persistentVolumeClaim", "hostPath"))
          .orElse("persistentVolumeClaim");
      values.string("shortCircuit.hostPath").ifPresent(b::hostPath);
      origin("shortCircuit.hostPath", "shortCircuit.hostPath");
      if (volumeType.equals("persistentVolumeClaim") && values.bool("shortCircuit.enabled").orElse(true)) {
        String message = "the domain socket directory is the node's " + values.string("shortCircuit.hostPath")
            .orElse("/tmp/alluxio-domain") + " (hostPath) instead of the claim alluxio-worker-domain-socket: a "
            + "claim shared by every worker needs ReadWriteMany storage, which the chart's ReadWriteOnce claim is not";
        values.at("shortCircuit.volumeType").ifPresentOrElse(n -> values.warn(n, message),
            () -> values.warnFile("shortCircuit.volumeType: " + message));
      }
    } else {
      policy = values.oneOf(values.at("worker.shortCircuitPolicy"), List.of("uuid", "local"));
      values.string("domainHostPath").ifPresent(b::hostPath);
      origin("shortCircuit.hostPath", "domainHostPath");
    }
    policy.filter(p -> p.equals("local")).ifPresent(p -> values.warn(values.at(v06 ? "shortCircuit.policy"
        : "worker.shortCircuitPolicy").orElseThrow(), "policy local is not supported: short-circuit reads go "
        + "through the domain socket (policy uuid), so FUSE never needs the workers' tier directories"));
    global.get("alluxio.user.short.circuit.enabled").ifPresent(n -> {
      values.propertyBool(n).ifPresent(b::enabled);
      origin("shortCircuit.enabled", n);
    });
    global.get("alluxio.worker.data.server.domain.socket.address").ifPresent(n -> {
      values.string(Optional.of(n)).ifPresent(b::mountPath);
      origin("shortCircuit.mountPath", n);
    });
    global.get("alluxio.worker.data.server.domain.socket.as.uuid").ifPresent(n ->
        values.propertyBool(n).ifPresent(b::socketAsUuid));
    return b.build();
  }

  // ---------------------------------------------------------------- FUSE, secrets, host aliases

  private Fuse fuse() {
    ImmutableFuse.Builder b = Fuse.builder();
    boolean enabled;
    if (v06) {
      enabled = values.bool("fuse.enabled").orElse(false);
      if (values.bool("worker.fuseEnabled").orElse(false)) {
        values.warn(values.at("worker.fuseEnabled").orElseThrow(), "FUSE runs as its own DaemonSet "
            + name + "-fuse beside the workers instead of inside the worker pods");
        enabled = true;
      }
      b.mountPoint(values.string("fuse.mountPoint").orElse(defaults.fuseMountPoint()));
      values.string("fuse.alluxioPath").ifPresent(b::alluxioPath);
      if (values.has("fuse.mountOptions")) {
        b.mountOptions(values.words(values.at("fuse.mountOptions")).stream()
            .flatMap(o -> Arrays.stream(o.split(","))).filter(o -> !o.isEmpty()).toList());
      }
      origin("fuse.mountPoint", "fuse.mountPoint");
      origin("fuse.mountOptions", "fuse.mountOptions");
    } else {
      // Chart 0.5.x always ran FUSE; here it runs when the values configure it, unless they say
      // enabled: false (a 0.6.x key that 0.5.x ignored, but the user's intent is plain).
      enabled = values.at("fuse").isPresent() && values.bool("fuse.enabled").orElse(true);
      if (!enabled) {
        values.warnFile("chart 0.5.x always runs the FUSE DaemonSets " + name + "-fuse and " + name
            + "-fuse-client; they are not rendered because the values do not configure fuse (add a fuse: block, "
            + "or set spec.fuse.enabled, to keep FUSE)");
      }
      b.mountPoint(defaults.fuseMountPoint());
      if (enabled) {
        values.warnFile("chart 0.5.x mounts FUSE at /alluxio-fuse, whose parent (the node's root) a restarted FUSE "
            + "would need to share; it is mounted at " + defaults.fuseMountPoint() + " instead");
      }
    }
    if (values.has("fuse.args")) {
      List<String> args = values.words(values.at("fuse.args"));
      if (args.isEmpty() || !args.get(0).equals("fuse") || args.stream().skip(1).anyMatch(a -> !a.startsWith("--fuse-opts="))) {
        values.error(values.at("fuse.args").orElse(values.root()), "only [fuse, --fuse-opts=<options>] is supported; "
            + "alluxio-k8s builds FUSE's command line itself");
      } else if (!v06 || !values.has("fuse.mountOptions")) {
        b.mountOptions(args.stream().skip(1).flatMap(a -> Arrays.stream(a.substring("--fuse-opts=".length()).split(",")))
            .filter(o -> !o.isEmpty()).toList());
      }
    }
    b.enabled(enabled);
    b.resources(resources("fuse.resources", defaults.fuse(), "fuse.resources"));
    if (values.has("fuse.jvmOptions")) {
      b.jvmOptions(values.words(values.at("fuse.jvmOptions")));
      origin("fuse.jvmOptions", "fuse.jvmOptions");
    }
    b.properties(componentProperties("fuse.properties", "fuse.properties"));
    b.hostNetwork(values.bool("fuse.hostNetwork").orElse(true));
    dnsPolicy("fuse.dnsPolicy").ifPresent(b::dnsPolicy);
    b.placement(placement("fuse.nodeSelector", "fuse.placement"));
    for (String key : List.of("fuse.user", "fuse.group", "fuse.fsGroup")) {
      values.integer(values.at(key)).filter(id -> id != 0).ifPresent(id -> values.warn(values.at(key).orElseThrow(),
          "FUSE runs as root here: mounting a file system through /dev/fuse needs it"));
    }
    return b.build();
  }

  private SecretMounts secrets() {
    var b = SecretMounts.builder();
    values.stringMap(values.at("secrets.master")).forEach(b::putMaster);
    values.stringMap(values.at("secrets.worker")).forEach(b::putWorker);
    origin("secrets.master", "secrets.master");
    origin("secrets.worker", "secrets.worker");
    return b.build();
  }

  private List<HostAlias> hostAliases() {
    List<HostAlias> aliases = new ArrayList<>();
    for (ValueNode item : values.items(values.at("hostAliases"))) {
      if (!(item instanceof ValueNode.Mapping m)) {
        values.error(item, "expected ip and hostnames");
        continue;
      }
      Optional<String> ip = values.string(values.at(m, "ip"));
      List<String> names = values.words(values.at(m, "hostnames"));
      origin("hostAliases[" + aliases.size() + "]", item);
      HostAlias alias = build("hostAliases[" + aliases.size() + "]", () -> HostAlias.of(ip.orElse(""), names.toArray(String[]::new)));
      if (alias != null) {
        aliases.add(alias);
      }
    }
    return aliases;
  }

  // ---------------------------------------------------------------- shared pieces

  /**
   * A component's resources: the chart line's defaults merged with the file's {@code requests}
   * and {@code limits} entry by entry, as Helm merges values maps.
   */
  private Resources resources(String key, Resources chartDefault, String specPath) {
    origin(specPath, key);
    Map<String, String> requests = new TreeMap<>(chartDefault.requests());
    Map<String, String> limits = new TreeMap<>(chartDefault.limits());
    merge(key + ".requests", requests, specPath + ".requests");
    merge(key + ".limits", limits, specPath + ".limits");
    Resources resources = build(specPath, () -> Resources.builder().requests(requests).limits(limits).build());
    // On failure the problem is recorded and no cluster is built; the default keeps the mapping going.
    return resources == null ? chartDefault : resources;
  }

  private void merge(String key, Map<String, String> into, String specPath) {
    Optional<ValueNode> node = values.at(key);
    if (node.isPresent() && node.get() instanceof ValueNode.Mapping m) {
      m.entries().forEach((name, value) -> {
        origin(PathJoiner.key(specPath, name), value);
        if (value instanceof ValueNode.Null) {
          into.remove(name); // Helm deletes a default key set to null
        }
      });
    }
    into.putAll(values.stringMap(node));
  }

  /** The component's JVM options after the global ones, so the component's win where they clash. */
  private List<String> jvm(List<String> global, String key, String specPath) {
    origin(specPath, key);
    List<String> all = new ArrayList<>(global);
    all.addAll(values.words(values.at(key)));
    return all;
  }

  private void port(GlobalProperties global, String property, String key, IntFunction<?> set,
      String specPath) {
    Optional<ValueNode> fromProperty = global.get(property);
    Optional<ValueNode> node = fromProperty.or(() -> key == null ? Optional.empty() : values.at(key));
    node.ifPresent(n -> {
      origin(specPath, n);
      values.integer(Optional.of(n)).ifPresent(p -> set.apply(p.intValue()));
    });
    if (fromProperty.isPresent() && !v06) {
      values.warn(fromProperty.get(), "chart 0.5.x hard-codes its container and Service ports, so they disagreed with "
          + "this property; here the property sets the port everywhere");
    }
  }

  private void requireArgs(String key, List<String> expected) {
    values.at(key).ifPresent(n -> {
      List<String> args = values.words(Optional.of(n));
      if (!args.equals(expected)) {
        values.error(n, "custom arguments are not supported: alluxio-k8s starts the process with "
            + String.join(" ", expected) + "; use properties and jvmOptions instead");
      }
    });
  }

  private Optional<DnsPolicy> dnsPolicy(String key) {
    return values.oneOf(values.at(key), Arrays.stream(DnsPolicy.values()).map(DnsPolicy::value).toList())
        .map(p -> Arrays.stream(DnsPolicy.values()).filter(d -> d.value().equals(p)).findFirst().orElseThrow());
  }

  /** The component's node selector, or the top-level one when the component's is empty (as the chart does). */
  private Placement placement(String key, String specPath) {
    Map<String, String> own = values.stringMap(values.at(key));
    origin(specPath + ".nodeSelector", own.isEmpty() ? "nodeSelector" : key);
    return Placement.builder().nodeSelector(own.isEmpty() ? values.stringMap(values.at("nodeSelector")) : own).build();
  }

  /**
   * Workers on host networking or node directories, masters on host networking and FUSE (always
   * privileged) fall below the Pod Security baseline, as they did with the chart. The import
   * declares that, with the reason, so the output validates, and says so.
   */
  private ClusterSpec declareExemptions(ClusterSpec spec) {
    ImmutableClusterSpec.Builder b = ClusterSpec.builder().from(spec);
    List<String> workerReasons = new ArrayList<>();
    if (spec.workers().hostNetwork()) {
      workerReasons.add("workers use host networking");
    }
    if (spec.shortCircuit().enabled()) {
      workerReasons.add("a hostPath domain socket");
    }
    boolean hostPathTier = spec.tieredStore().levels().stream()
        .anyMatch(l -> l.directories().stream().anyMatch(d -> l.volumeOf(d).kind() == VolumeKind.HOST_PATH));
    if (hostPathTier) {
      workerReasons.add("hostPath tier directories");
    }
    if (!workerReasons.isEmpty() && spec.workers().podSecurity().isEmpty()) {
      String reason = "imported from Alluxio's Helm chart: " + joinAnd(workerReasons);
      b.workers(Workers.builder().from(spec.workers())
          .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, reason)).build());
      values.warnFile("workers: declared a Pod Security exemption (privileged), as the chart's workers need one: "
          + joinAnd(workerReasons) + "; the namespace must allow privileged pods");
    }
    if (spec.masters().hostNetwork() && spec.masters().podSecurity().isEmpty()) {
      b.masters(Masters.builder().from(spec.masters()).podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED,
          "imported from Alluxio's Helm chart: masters use host networking")).build());
      values.warnFile("masters: declared a Pod Security exemption (privileged) because they use host networking");
    }
    if (spec.fuse().enabled() && spec.fuse().podSecurity().isEmpty()) {
      b.fuse(Fuse.builder().from(spec.fuse()).podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED,
          "imported from Alluxio's Helm chart: FUSE mounts need a privileged container with SYS_ADMIN")).build());
      values.warnFile("fuse: declared a Pod Security exemption (privileged): FUSE mounts need a privileged container");
    }
    return b.build();
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  private static String joinAnd(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  private void origin(String specPath, String valuesKey) {
    values.at(valuesKey).ifPresent(n -> origins.putIfAbsent(specPath, n));
  }

  private void origin(String specPath, ValueNode node) {
    origins.put(specPath, node);
  }

  /**
   * Builds a model value, turning its invariant failures into problems at the values keys the
   * attributes came from; null when it failed.
   */
  private <T> T build(String specPath, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidModelException e) {
      for (ModelProblem p : e.problems()) {
        String full = p.under(specPath).path();
        ValueNode at = originOf(full);
        if (at == null) {
          values.error(values.root().location(), "spec." + full, p.message());
        } else {
          values.error(at, p.message() + " (spec." + full + ")");
        }
      }
      return null;
    }
  }

  private ValueNode originOf(String specPath) {
    String p = specPath;
    while (!p.isEmpty()) {
      ValueNode node = origins.get(p);
      if (node != null) {
        return node;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return null;
  }
}
