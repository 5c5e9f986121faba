package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.LogLevel;
import dev.alluxiok8s.model.check.EnvFileCharacters;
import dev.alluxiok8s.model.check.InvalidModelException;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.image.Image;
import dev.alluxiok8s.model.image.Images;
import dev.alluxiok8s.model.image.PullPolicy;
import dev.alluxiok8s.model.journal.FormatJournalJob;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalPersistentVolume;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.master.MasterPorts;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.network.HostAlias;
import dev.alluxiok8s.model.placement.DnsPolicy;
import dev.alluxiok8s.model.placement.Placement;
import dev.alluxiok8s.model.placement.Toleration;
import dev.alluxiok8s.model.process.JobMasterProcess;
import dev.alluxiok8s.model.process.JobWorkerProcess;
import dev.alluxiok8s.model.process.MasterProcess;
import dev.alluxiok8s.model.process.Resources;
import dev.alluxiok8s.model.process.WorkerProcess;
import dev.alluxiok8s.model.secret.SecretMounts;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.security.RunAs;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TierVolume;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.ufs.CredentialReference;
import dev.alluxiok8s.model.ufs.HdfsConfiguration;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.volume.AccessMode;
import dev.alluxiok8s.model.volume.DataVolume;
import dev.alluxiok8s.model.volume.VolumeKind;
import dev.alluxiok8s.model.worker.WorkerPorts;
import dev.alluxiok8s.model.worker.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random valid clusters, built from the model's builders. Each part is drawn so that the
 * invariants hold by construction (an odd master count for an EMBEDDED journal, ports drawn
 * without repeats, tier paths that cannot collide), so no draw is filtered away.
 *
 * <p>Strings are drawn from values that YAML readers like to misread ({@code "on"}, {@code "0755"},
 * {@code "2.10"}, {@code "null"}, {@code "~"}, ...) so the writer's quoting is exercised too.
 */
final class ClusterArbitraries {

  /** Plain-looking text that a YAML reader could take for something else. */
  static final List<String> TRICKY = List.of("true", "on", "yes", "no", "y", "n", "off", "null", "Null", "~", "0755",
      "0b101", "0x1F", "1_000", "12:30:00", "=", "2.10", "1e3", ".inf", "-.5", "+1", "2026-01-01", "-", "#x", "a:b",
      "'q'", "\"q\"", "[x]", "{x}", "&a", "*a", "!tag", "%x", "@x", "`x", "|", ">", "?", "é", "日本", "<<");

  private ClusterArbitraries() {}

  static Arbitrary<AlluxioCluster> clusters() {
    return Combinators.combine(metadata(), specs())
        .as((metadata, spec) -> AlluxioCluster.builder().metadata(metadata).spec(spec).build());
  }

  // --- small values ---

  private static Arbitrary<String> dnsLabel() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('-', '1').ofMinLength(1).ofMaxLength(10)
        .filter(s -> Character.isLetter(s.charAt(0)) && s.charAt(s.length() - 1) != '-');
  }

  /**
   * A value for a property of free text: the tricky ones that may reach Alluxio's env file (no
   * shell character, no white space; see EnvFileCharacters), or a plain word.
   */
  private static Arbitrary<String> propertyValue() {
    return Arbitraries.oneOf(Arbitraries.of(TRICKY.stream().filter(ClusterArbitraries::reachesTheEnvFile).toList()),
        Arbitraries.strings().alpha().numeric().withChars("._-/:").ofMaxLength(12));
  }

  private static boolean reachesTheEnvFile(String value) {
    return EnvFileCharacters.firstUnsafe(value).isEmpty() && value.chars().noneMatch(Character::isWhitespace);
  }

  /** A value Alluxio reads for {@code key}: the catalog refuses a value of the wrong type. */
  private static Arbitrary<String> propertyValue(String key) {
    return switch (key) {
      case "alluxio.user.file.writetype.default" -> Arbitraries.of("CACHE_THROUGH", "MUST_CACHE", "THROUGH", "ASYNC_THROUGH");
      case "alluxio.user.block.size.bytes.default" -> Arbitraries.of("64MB", "1GB", "512KB");
      case "alluxio.security.stale.channel.purge.interval" -> Arbitraries.of("3day", "10min", "500ms", "30sec");
      default -> propertyValue();
    };
  }

  private static Arbitrary<String> freeText() {
    return Arbitraries.oneOf(Arbitraries.of(TRICKY),
        Arbitraries.strings().withCharRange(' ', '~').withChars("\t\néü日本\u2028\u0085\u0007").ofMaxLength(16));
  }

  private static Arbitrary<String> labelValue() {
    return Arbitraries.oneOf(Arbitraries.of("", "true", "0755", "1e3", "2.10", "null", "yes", "ssd"),
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8));
  }

  private static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> value) {
    return value.optional(0.5);
  }

  // --- metadata ---

  static Arbitrary<ClusterMetadata> metadata() {
    Arbitrary<String> labelKey = Arbitraries.of("team", "tier", "example.com/cost-center", "Disk_Type", "a.b-c");
    return Combinators.combine(dnsLabel(), optional(dnsLabel()), Arbitraries.maps(labelKey, labelValue()).ofMaxSize(3),
            Arbitraries.maps(Arbitraries.of("example.com/owner", "note", "x.io/y"), freeText()).ofMaxSize(3))
        .as((name, namespace, labels, annotations) -> ClusterMetadata.builder().name(name).namespace(namespace)
            .putAllLabels(labels).putAllAnnotations(annotations).build());
  }

  // --- spec ---

  private record Common(Images images, UnderStorage underStorage, Map<String, String> properties, SecretMounts secrets,
      List<HostAlias> hostAliases, RunAs runAs, LogLevel logLevel) {}

  private record MasterSide(Masters masters, Journal journal, Metastore metastore) {}

  private record WorkerSide(Workers workers, TieredStore tieredStore, ShortCircuit shortCircuit, Fuse fuse) {}

  static Arbitrary<ClusterSpec> specs() {
    return Combinators.combine(common(), masterSide(), workerSide()).as((common, master, worker) -> (ClusterSpec) ClusterSpec.builder()
        .images(common.images()).underStorage(common.underStorage()).putAllProperties(common.properties())
        .putAllProperties(leaderElection(master))
        .secrets(common.secrets()).addAllHostAliases(common.hostAliases()).runAs(common.runAs()).logLevel(common.logLevel())
        .masters(master.masters()).journal(master.journal()).metastore(master.metastore())
        .workers(worker.workers()).tieredStore(worker.tieredStore()).shortCircuit(worker.shortCircuit()).fuse(worker.fuse())
        .build())
        // Memory budgets span processes and tiers; combinations that do not fit are skipped.
        .ignoreException(InvalidModelException.class);
  }

  /** Several masters on a UFS journal elect their leader through ZooKeeper. */
  private static Map<String, String> leaderElection(MasterSide master) {
    return master.journal().type() == JournalType.UFS && master.masters().count() > 1
        ? Map.of("alluxio.zookeeper.enabled", "true", "alluxio.zookeeper.address", "zk-0.zk:2181")
        : Map.of();
  }

  private static Arbitrary<Common> common() {
    return Combinators.combine(images(), underStorage(), properties(), secrets(), hostAliases().list().ofMaxSize(2), runAs(),
        Arbitraries.of(LogLevel.class)).as(Common::new);
  }

  private static Arbitrary<Map<String, String>> properties() {
    Arbitrary<String> key = Arbitraries.of("alluxio.user.file.writetype.default", "alluxio.user.block.size.bytes.default",
        "alluxio.security.stale.channel.purge.interval", "fs.s3a.endpoint", "alluxio.user.app.id");
    return key.set().ofMaxSize(3).flatMap(keys -> {
      List<String> sorted = keys.stream().sorted().toList();
      return Combinators.combine(sorted.stream().map(ClusterArbitraries::propertyValue).toList()).as(values -> {
        Map<String, String> properties = new java.util.TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
          properties.put(sorted.get(i), values.get(i));
        }
        return properties;
      });
    });
  }

  private static Arbitrary<Image> image() {
    return Combinators.combine(Arbitraries.of("alluxio/alluxio", "registry.example.com:5000/team/alluxio", "alluxio"),
            Arbitraries.of("2.9.4", "2.10", "010", "1e3", "true", "v2.9.4-rc1", "1_000"), Arbitraries.of(PullPolicy.class))
        .as((repository, tag, policy) -> Image.builder().repository(repository).tag(tag).pullPolicy(policy).build());
  }

  private static Arbitrary<Images> images() {
    return Combinators.combine(image(), optional(image()), Arbitraries.of("regcred", "team.cred").set().ofMaxSize(2))
        .as((alluxio, fuse, secrets) -> {
          var builder = Images.builder().alluxio(alluxio).addAllPullSecrets(secrets);
          fuse.ifPresent(builder::fuse);
          return builder.build();
        });
  }

  private static Arbitrary<UnderStorage> underStorage() {
    Arbitrary<List<CredentialReference>> credentials = Arbitraries.of("aws.accessKeyId", "aws.secretKey", "fs.oss.accessKeySecret")
        .set().ofMaxSize(3).map(properties -> properties.stream().sorted()
            .map(p -> CredentialReference.of(p, "alluxio-ufs", p.replace('.', '-'))).toList());
    return Combinators.combine(Arbitraries.of("s3a://my-bucket/alluxio/", "hdfs://namenode:8020/alluxio", "gs://b", "/mnt/nfs"),
            Arbitraries.maps(Arbitraries.of("alluxio.underfs.s3.endpoint", "alluxio.underfs.s3.region"), propertyValue()).ofMaxSize(2),
            credentials, optional(hdfsConfiguration()))
        .as((uri, options, creds, hdfs) -> UnderStorage.builder().rootUri(uri).putAllOptions(options).addAllCredentials(creds)
            .hdfsConfiguration(hdfs).build());
  }

  private static Arbitrary<HdfsConfiguration> hdfsConfiguration() {
    return Arbitraries.<List<String>>of(List.of(), List.of("core-site.xml"), List.of("core-site.xml", "hdfs-site.xml", "a_b.xml"))
        .map(files -> files.isEmpty() ? HdfsConfiguration.fromSecret("hdfs-conf")
            : HdfsConfiguration.builder().secretName("hdfs-conf").files(files).build());
  }

  private static Arbitrary<SecretMounts> secrets() {
    Arbitrary<Map<String, String>> role = Arbitraries.maps(Arbitraries.of("a", "b.c", "d-e"), Arbitraries.of("x", "y/z", "w.v"))
        .ofMaxSize(3).filter(m -> m.values().stream().distinct().count() == m.size());
    return Combinators.combine(role, role, role)
        .as((master, worker, fuse) -> SecretMounts.builder().putAllMaster(master).putAllWorker(worker).putAllFuse(fuse).build());
  }

  private static Arbitrary<HostAlias> hostAliases() {
    return Combinators.combine(Arbitraries.of("10.0.0.12", "2001:db8::ffff", "::1"),
            Arbitraries.of("namenode", "nn.corp.example", "a1").list().ofMinSize(1).ofMaxSize(3))
        .as((ip, names) -> HostAlias.of(ip, names.toArray(String[]::new)));
  }

  private static Arbitrary<RunAs> runAs() {
    Arbitrary<Long> id = Arbitraries.longs().between(0, Integer.MAX_VALUE);
    // Alluxio's images run only as root or as their own user (see RunAs).
    Arbitrary<Long> user = Arbitraries.of(0L, RunAs.IMAGE_USER);
    return Combinators.combine(user, id, id).as((u, g, f) -> RunAs.builder().user(u).group(g).fsGroup(f).build());
  }

  // --- processes and placement ---

  private static Arbitrary<Resources> resources() {
    List<String> cpu = List.of("100m", "250m", "0.5", "1", "2", "4");
    // Mostly limits that hold a JVM's defaults, so that most generated clusters pass their memory budgets.
    List<String> memory = List.of("1G", "1Gi", "2Gi", "4Gi", "8Gi", "64Gi");
    Arbitrary<int[]> pair = Arbitraries.integers().between(0, 5).list().ofSize(2).map(l -> new int[] {
        Math.min(l.get(0), l.get(1)), Math.max(l.get(0), l.get(1))});
    return Combinators.combine(pair, pair, Arbitraries.of(0, 1, 2))
        .as((c, m, shape) -> {
          var builder = Resources.builder();
          if (shape != 2) {
            builder.putRequests("cpu", cpu.get(c[0])).putRequests("memory", memory.get(m[0]));
          }
          if (shape != 1) {
            builder.putLimits("cpu", cpu.get(c[1])).putLimits("memory", memory.get(m[1]));
          }
          return builder.build();
        });
  }

  private static Arbitrary<List<String>> jvmOptions() {
    return Arbitraries.of("-Xmx4g", "-Xms1g", "-XX:+UseG1GC", "-Dalluxio.user.app.id=x", "-Dnull=~").list().ofMaxSize(3);
  }

  private static <T> Arbitrary<T> process(Function<Resources, Function<List<String>, Function<Map<String, String>, T>>> make) {
    return Combinators.combine(resources(), jvmOptions(), properties())
        .as((r, j, p) -> make.apply(r).apply(j).apply(p));
  }

  private static Arbitrary<Toleration> toleration() {
    Arbitrary<Toleration> equal = Combinators.combine(Arbitraries.of("dedicated", "example.com/gpu"), optional(labelValue()),
            optional(Arbitraries.of("NoSchedule", "PreferNoSchedule", "NoExecute")), Arbitraries.longs().between(0, 3600))
        .as((key, value, effect, seconds) -> {
          var builder = Toleration.builder().key(key).value(value).effect(effect);
          if (effect.filter("NoExecute"::equals).isPresent()) {
            builder.tolerationSeconds(seconds);
          }
          return builder.build();
        });
    Arbitrary<Toleration> exists = optional(Arbitraries.of("dedicated", "node.kubernetes.io/unreachable"))
        .map(key -> Toleration.builder().operator("Exists").key(key).build());
    return Arbitraries.oneOf(equal, exists);
  }

  private static Arbitrary<Placement> placement() {
    // Affinities of Kubernetes' shape (AffinityShape refuses any other), with tricky values where strings go.
    Arbitrary<Object> requirement = Combinators.combine(Arbitraries.of("disk", "example.com/zone"), Arbitraries.of("In", "NotIn"),
            Arbitraries.of(TRICKY).list().ofMinSize(1).ofMaxSize(2))
        .as((key, operator, values) -> Map.<String, Object>of("key", key, "operator", operator, "values", values));
    Arbitrary<Object> nodeTerm = requirement.list().ofMinSize(1).ofMaxSize(2).map(r -> Map.<String, Object>of("matchExpressions", r));
    Arbitrary<Object> nodeAffinity = Arbitraries.oneOf(
        nodeTerm.list().ofMinSize(1).ofMaxSize(2).map(terms -> Map.<String, Object>of("requiredDuringSchedulingIgnoredDuringExecution",
            Map.of("nodeSelectorTerms", terms))),
        Combinators.combine(Arbitraries.integers().between(1, 100), nodeTerm).as((weight, term) -> Map.<String, Object>of(
            "preferredDuringSchedulingIgnoredDuringExecution", List.of(Map.of("weight", weight, "preference", term)))));
    Arbitrary<Object> podTerm = labelValue().map(app -> Map.<String, Object>of("topologyKey", "kubernetes.io/hostname",
        "labelSelector", Map.of("matchLabels", Map.of("app", app))));
    Arbitrary<Object> podAffinity = Arbitraries.oneOf(
        podTerm.list().ofMinSize(1).ofMaxSize(2).map(terms -> Map.<String, Object>of("requiredDuringSchedulingIgnoredDuringExecution", terms)),
        Combinators.combine(Arbitraries.integers().between(1, 100), podTerm).as((weight, term) -> Map.<String, Object>of(
            "preferredDuringSchedulingIgnoredDuringExecution", List.of(Map.of("weight", weight, "podAffinityTerm", term)))));
    Arbitrary<Map<String, Object>> affinity = Combinators.combine(optional(nodeAffinity), optional(podAffinity), optional(podAffinity))
        .as((node, pod, antiPod) -> {
          Map<String, Object> shape = new java.util.TreeMap<>();
          node.ifPresent(n -> shape.put("nodeAffinity", n));
          pod.ifPresent(p -> shape.put("podAffinity", p));
          antiPod.ifPresent(p -> shape.put("podAntiAffinity", p));
          return shape;
        });
    return Combinators.combine(Arbitraries.maps(Arbitraries.of("disk", "example.com/zone"), labelValue()).ofMaxSize(2),
            toleration().list().ofMaxSize(2), affinity)
        .as((selector, tolerations, aff) -> Placement.builder().putAllNodeSelector(selector).addAllTolerations(tolerations)
            .putAllAffinity(aff).build());
  }

  private static Arbitrary<Optional<PodSecurityExemption>> podSecurity() {
    return optional(Combinators.combine(Arbitraries.of(PodSecurityLevel.PRIVILEGED, PodSecurityLevel.BASELINE), freeText()
        .filter(s -> !s.isBlank())).as(PodSecurityExemption::of));
  }

  // --- masters ---

  /** Ports drawn without repeats from their own range, so masters and workers never collide even on the host network. */
  private static Arbitrary<List<Integer>> ports(int from, int to, int count) {
    return Arbitraries.integers().between(from, to).set().ofSize(count).map(ArrayList::new);
  }

  private static Arbitrary<MasterSide> masterSide() {
    Arbitrary<MasterPorts> ports = Arbitraries.oneOf(Arbitraries.just(MasterPorts.builder().build()), ports(1024, 29_000, 6)
        .map(p -> MasterPorts.builder().rpc(p.get(0)).web(p.get(1)).embedded(p.get(2)).jobRpc(p.get(3)).jobWeb(p.get(4))
            .jobEmbedded(p.get(5)).build()));
    Arbitrary<Masters> masters = Combinators.combine(process(r -> j -> p -> MasterProcess.builder().resources(r)
                .addAllJvmOptions(j).putAllProperties(p).build()),
            process(r -> j -> p -> JobMasterProcess.builder().resources(r).addAllJvmOptions(j).putAllProperties(p).build()),
            ports, placement(), Arbitraries.of(true, false), optional(Arbitraries.of(DnsPolicy.class).filter(p -> p != DnsPolicy.NONE)), podSecurity())
        .as((master, jobMaster, p, placement, host, dns, security) -> Masters.builder().master(master).jobMaster(jobMaster)
            .ports(p).placement(placement).hostNetwork(host).dnsPolicy(dns).podSecurity(security).build());
    Arbitrary<DataVolume> claim = Combinators.combine(Arbitraries.of("1Gi", "10Gi", "500M"),
            optional(Arbitraries.of("fast-ssd", "nfs.client")), Arbitraries.of(AccessMode.class).set().ofMaxSize(2))
        .as((size, storageClass, modes) -> DataVolume.builder().size(size).storageClass(storageClass)
            .addAllAccessModes(modes.stream().sorted().toList()).build());
    Arbitrary<DataVolume> emptyDir = optional(Arbitraries.of("", "Memory"))
        .map(medium -> DataVolume.builder().kind(VolumeKind.EMPTY_DIR).size("2Gi").medium(medium).build());
    Arbitrary<DataVolume> volume = Arbitraries.oneOf(claim, emptyDir);
    Arbitrary<FormatJournalJob> formatJob = Combinators.combine(Arbitraries.of(true, false),
            Arbitraries.longs().between(1, 100))
        .as((on, deadline) -> FormatJournalJob.builder().enabled(on).activeDeadlineSeconds(deadline).build());
    Arbitrary<Metastore> metastore = Combinators.combine(Arbitraries.of(MetastoreType.class), volume,
            Arbitraries.of("/metastore", "/data/rocks"))
        .as((type, v, path) -> Metastore.builder().type(type).volume(v).mountPath(path).build());
    // Each journal brings the master counts it supports.
    Arbitrary<Map.Entry<Journal, Integer>> embedded = Combinators.combine(volume, formatJob, Arbitraries.of(1, 3, 5))
        .as((v, job, count) -> Map.entry(Journal.builder().type(JournalType.EMBEDDED).volume(v)
            // A Job cannot reach each master's own journal claim.
            .formatJob(FormatJournalJob.builder().from(job).enabled(false).build()).build(), count));
    Arbitrary<Map.Entry<Journal, Integer>> local = Combinators.combine(volume, formatJob, Arbitraries.of(1, 2, 3),
            Arbitraries.of(true, false))
        .as((v, job, count, pv) -> {
          boolean shared = v.kind() == VolumeKind.PERSISTENT_VOLUME_CLAIM
              && v.effectiveAccessModes().contains(AccessMode.READ_WRITE_MANY);
          int n = shared ? count : 1;
          var builder = Journal.builder().folder("/journal").volume(v).formatJob(job);
          if (pv && n == 1 && v.kind() == VolumeKind.PERSISTENT_VOLUME_CLAIM) {
            var volumeOnANode = JournalPersistentVolume.builder().hostPath("/tmp/j");
            if (count == 2) {
              // Some with the node named, some left to the labelled node.
              volumeOnANode.nodeName("node-a.example");
            }
            builder.persistentVolume(volumeOnANode.build());
          }
          return Map.entry(builder.build(), n);
        });
    Arbitrary<Map.Entry<Journal, Integer>> onHdfs = Combinators.combine(hdfsConfiguration(), Arbitraries.of(1, 2, 4))
        .as((hdfs, count) -> Map.entry(Journal.builder().folder("hdfs://nn:8020/journal").hdfsConfiguration(hdfs).build(), count));
    return Combinators.combine(masters, Arbitraries.oneOf(embedded, local, onHdfs), metastore)
        .as((m, journal, meta) -> new MasterSide(Masters.builder().from(m).count(journal.getValue()).build(), journal.getKey(), meta));
  }

  // --- workers ---

  private static Arbitrary<TieredStore> tieredStore() {
    Arbitrary<Optional<TierVolume>> volume = optional(Arbitraries.oneOf(
        Arbitraries.just(TierVolume.of(VolumeKind.EMPTY_DIR)),
        optional(Arbitraries.of("/mnt/disks/a", "/var/cache")).map(p -> TierVolume.builder().kind(VolumeKind.HOST_PATH).hostPath(p).build()),
        Arbitraries.of("cache-claim", "c.d").map(TierVolume::claim)));
    Arbitrary<Optional<Double>> high = optional(Arbitraries.of(0.8, 0.95, 1.0));
    Arbitrary<Optional<Double>> low = optional(Arbitraries.of(0.1, 0.5, 0.7));
    return Arbitraries.of(MediumType.class).set().ofMinSize(1).ofMaxSize(3)
        .flatMap(media -> {
          List<MediumType> sorted = media.stream().sorted().toList();
          List<Arbitrary<TierLevel>> levels = new ArrayList<>();
          for (MediumType medium : sorted) {
            Arbitrary<TierDirectory> directory = Combinators.combine(optional(Arbitraries.of("1Gi", "100Gi", "1e9", "0.5Ti")),
                    optional(Arbitraries.of(MediumType.class)), volume)
                .as((quota, mediumType, v) -> TierDirectory.builder().path("/x").quota(quota).mediumType(mediumType).volume(v).build());
            levels.add(Combinators.combine(directory.list().ofMinSize(1).ofMaxSize(2), high, low)
                .as((dirs, h, l) -> {
                  // A level gives every directory a quota or none: follow the first directory; one in RAM needs one.
                  boolean quotas = medium == MediumType.MEM || dirs.get(0).quota().isPresent();
                  List<TierDirectory> numbered = new ArrayList<>();
                  for (int d = 0; d < dirs.size(); d++) {
                    TierDirectory dir = dirs.get(d);
                    numbered.add(TierDirectory.builder().from(dir).path("/mnt/" + medium + d)
                        .quota(quotas ? Optional.of(dir.quota().orElse("1Gi")) : Optional.empty()).build());
                  }
                  boolean ordered = l.orElse(TierLevel.DEFAULT_LOW) < h.orElse(TierLevel.DEFAULT_HIGH);
                  return TierLevel.builder().alias(medium).addAllDirectories(numbered).highWatermark(h)
                      .lowWatermark(ordered ? l : Optional.empty()).build();
                }));
          }
          return Combinators.combine(levels).as(list -> TieredStore.builder().levels(list).build());
        });
  }

  private static Arbitrary<WorkerSide> workerSide() {
    Arbitrary<WorkerPorts> ports = Arbitraries.oneOf(Arbitraries.just(WorkerPorts.builder().build()), ports(29_001, 65_535, 5)
        .map(p -> WorkerPorts.builder().rpc(p.get(0)).web(p.get(1)).jobRpc(p.get(2)).jobData(p.get(3)).jobWeb(p.get(4)).build()));
    Arbitrary<Workers> workers = Combinators.combine(
            process(r -> j -> p -> WorkerProcess.builder().resources(r).addAllJvmOptions(j).putAllProperties(p).build()),
            process(r -> j -> p -> JobWorkerProcess.builder().resources(r).addAllJvmOptions(j).putAllProperties(p).build()),
            ports, placement(), Arbitraries.of(true, false), optional(Arbitraries.of(DnsPolicy.class).filter(p -> p != DnsPolicy.NONE)), podSecurity())
        .as((worker, jobWorker, p, placement, host, dns, security) -> Workers.builder().worker(worker).jobWorker(jobWorker)
            .ports(p).placement(placement).hostNetwork(host).dnsPolicy(dns).podSecurity(security).build());
    Arbitrary<ShortCircuit> shortCircuit = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
            Arbitraries.of("/opt/domain", "/domain"), Arbitraries.of("/tmp/alluxio-domain", "/var/run/alluxio"))
        .as((on, uuid, mount, host) -> ShortCircuit.builder().enabled(on).socketAsUuid(uuid).mountPath(mount).hostPath(host).build());
    Arbitrary<Fuse> fuse = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
            Arbitraries.of("allow_other", "max_readahead=0", "ro").list().ofMaxSize(2), jvmOptions(), properties(), placement(),
            podSecurity(), resources())
        .as((on, demo, options, jvm, props, placement, security, r) -> Fuse.builder().enabled(on).demoClient(on && demo)
            .mountOptions(options).jvmOptions(jvm).putAllProperties(props).placement(placement).podSecurity(security)
            .resources(r).build());
    return Combinators.combine(workers, tieredStore(), shortCircuit, fuse).as(WorkerSide::new);
  }
}
