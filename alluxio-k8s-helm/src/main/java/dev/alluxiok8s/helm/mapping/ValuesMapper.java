package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.GeneratedSecret;
import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.helm.values.Values;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.csi.Csi;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.logserver.LogServer;
import dev.alluxiok8s.model.metrics.Metrics;
import dev.alluxiok8s.model.proxy.Proxy;
import dev.alluxiok8s.model.image.Images;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.network.HostAlias;
import dev.alluxiok8s.model.mount.ClaimMount;
import dev.alluxiok8s.model.mount.ConfigMapMounts;
import dev.alluxiok8s.model.secret.SecretMounts;
import dev.alluxiok8s.model.security.RunAs;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.worker.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps the keys of a values file onto the cluster model, area by area (each area's mapper in
 * this package), applying the chart line's defaults. Problems and warnings go to {@link Values};
 * a model invariant that fails is reported at the values key the attribute came from.
 */
public final class ValuesMapper {

  private final Values values;
  private final ChartLine line;

  /**
   * The outcome: the cluster (null when there were errors), the Secret made of the literal
   * credentials, and the journal claim's name under the chart's object names.
   */
  public record Mapped(AlluxioCluster cluster, Optional<GeneratedSecret> secret, String journalClaim) {}

  public ValuesMapper(Values values, ChartLine line) {
    this.values = values;
    this.line = line;
  }

  public Mapped map() {
    Optional<String> fullname = values.string("fullnameOverride");
    fullname.filter(String::isEmpty).ifPresent(n -> values.error(values.at("fullnameOverride").orElseThrow(),
        "an empty fullnameOverride makes the chart derive names from the Helm release, which a values file does not "
            + "hold; set it to your objects' prefix (the chart's default is alluxio)"));
    MappingContext c = new MappingContext(values, line, fullname.orElse("alluxio"));
    fullname.ifPresent(n -> c.origin("metadata.name", "fullnameOverride"));
    RunAs runAs = c.build("runAs", () -> runAs(c));
    Images images = c.build("images", new ImagesMapper(c)::map);
    GlobalProperties global = new PropertiesMapper(c).global();
    UnderStorage ufs = c.build("underStorage", () -> new UnderStorageMapper(c).map(global));
    JournalMapper journalMapper = new JournalMapper(c);
    Journal journal = c.build("journal", () -> journalMapper.map(global));
    PodExtrasMapper extras = new PodExtrasMapper(c);
    ComponentExtras components = new ComponentExtras(c, extras);
    Masters masters = c.build("masters", () -> components.masters(new MastersMapper(c).map(global)));
    Metastore metastore = c.build("metastore", () -> new MetastoreMapper(c).map(global));
    TieredStore tiers = c.build("tieredStore", new TieredStoreMapper(c)::map);
    ShortCircuit shortCircuit = c.build("shortCircuit", () -> new ShortCircuitMapper(c).map(global));
    Workers workers = c.build("workers", () -> components.workers(new WorkersMapper(c).map(global)));
    Fuse fuse = c.build("fuse", () -> components.fuse(new FuseMapper(c).map()));
    LogServer logServer = c.build("logServer", () -> components.logServer(new LogServerMapper(c).map()));
    Proxy proxy = c.build("proxy", () -> components.proxy(new ProxyMapper(c).map(global)));
    Metrics metrics = c.build("metrics", new MetricsMapper(c)::map);
    Csi csi = c.build("csi", new CsiMapper(c)::map);
    Optional<String> serviceAccount = extras.serviceAccount();
    SecretMounts secrets = c.build("secrets", () -> secrets(c));
    List<HostAlias> hostAliases = hostAliases(c);
    MountsMapper mountsMapper = new MountsMapper(c);
    List<ClaimMount> claimMounts = mountsMapper.claims();
    ConfigMapMounts configMaps = c.build("configMaps", mountsMapper::configMaps);
    ClusterMetadata metadata = c.build("metadata", () -> csi != null && csi.enabled() ? CsiMapper.namespaced(c)
        : ClusterMetadata.named(c.name));
    String journalClaim = journalMapper.chartClaim();
    Optional<GeneratedSecret> secret = global.credentials().isEmpty() ? Optional.empty()
        : Optional.of(new GeneratedSecret(c.secretName(), global.credentials()));
    if (!values.errors().isEmpty()) {
      return new Mapped(null, secret, journalClaim);
    }
    ClusterSpec built = c.build("", () -> ClusterSpec.builder().runAs(runAs).images(images).underStorage(ufs)
        .journal(journal).masters(masters).metastore(metastore).tieredStore(tiers).shortCircuit(shortCircuit)
        .workers(workers).fuse(fuse).logServer(logServer).proxy(proxy).metrics(metrics).csi(csi).secrets(secrets)
        .hostAliases(hostAliases).claimMounts(claimMounts).configMaps(configMaps)
        .properties(global.properties()).serviceAccountName(serviceAccount).build());
    if (!values.errors().isEmpty()) {
      return new Mapped(null, secret, journalClaim);
    }
    ClusterSpec exempt = PodSecurityExemptions.declare(built, values);
    return new Mapped(AlluxioCluster.builder().metadata(metadata).spec(exempt).build(), secret, journalClaim);
  }

  private RunAs runAs(MappingContext c) {
    var b = RunAs.builder();
    values.integer(values.at("user")).ifPresent(b::user);
    values.integer(values.at("group")).ifPresent(b::group);
    values.integer(values.at("fsGroup")).ifPresent(b::fsGroup);
    c.origin("runAs.user", "user");
    c.origin("runAs.group", "group");
    c.origin("runAs.fsGroup", "fsGroup");
    return b.build();
  }

  private SecretMounts secrets(MappingContext c) {
    var b = SecretMounts.builder();
    values.stringMap(values.at("secrets.master")).forEach(b::putMaster);
    values.stringMap(values.at("secrets.worker")).forEach(b::putWorker);
    c.origin("secrets.master", "secrets.master");
    c.origin("secrets.worker", "secrets.worker");
    return b.build();
  }

  private List<HostAlias> hostAliases(MappingContext c) {
    List<HostAlias> aliases = new ArrayList<>();
    for (ValueNode item : values.items(values.at("hostAliases"))) {
      if (!(item instanceof ValueNode.Mapping m)) {
        values.error(item, "expected ip and hostnames");
        continue;
      }
      Optional<String> ip = values.string(values.at(m, "ip"));
      List<String> names = values.words(values.at(m, "hostnames"));
      c.origin("hostAliases[" + aliases.size() + "]", item);
      HostAlias alias = c.build("hostAliases[" + aliases.size() + "]",
          () -> HostAlias.of(ip.orElse(""), names.toArray(String[]::new)));
      if (alias != null) {
        aliases.add(alias);
      }
    }
    return aliases;
  }
}
