package dev.alluxiok8s.render;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.ImmutableClusterSpec;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.logserver.LogServer;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.metrics.Metrics;
import dev.alluxiok8s.model.proxy.Proxy;
import dev.alluxiok8s.model.secret.SecretMounts;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.model.ufs.CredentialReference;
import dev.alluxiok8s.model.ufs.HdfsConfiguration;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.worker.Workers;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.naming.Naming;
import java.util.List;
import java.util.function.UnaryOperator;

/** Clusters for tests: the smallest valid one, and the usual variations of it. */
public final class Clusters {

  private Clusters() {}

  /** A cluster named {@code alluxio} on S3 with every other part at its default. */
  public static AlluxioCluster minimal() {
    return with(spec -> spec);
  }

  /**
   * Workers below the Pod Security baseline with no exemption: host networking (the default) and a
   * short-circuit directory the spec chooses itself, which no default can declare an exemption for.
   */
  public static AlluxioCluster belowBaseline() {
    return with(spec -> spec.shortCircuit(ShortCircuit.builder().hostPath("/var/lib/alluxio/domain").build()));
  }

  /** {@link #minimal()} with {@code change} applied to its spec builder. */
  public static AlluxioCluster with(UnaryOperator<ImmutableClusterSpec.Builder> change) {
    ImmutableClusterSpec.Builder spec = ClusterSpec.builder().underStorage(UnderStorage.at("s3a://analytics/alluxio/"));
    return AlluxioCluster.builder()
        .metadata(ClusterMetadata.named("alluxio"))
        .spec(change.apply(spec).build())
        .build();
  }

  /** Three masters with an EMBEDDED journal on claims. */
  public static AlluxioCluster highlyAvailable() {
    return with(spec -> spec
        .masters(Masters.builder().count(3).build())
        .journal(Journal.builder().type(JournalType.EMBEDDED).build()));
  }

  /**
   * Clusters that between them switch on every feature the renderer has a branch for: one and
   * three masters, each journal, RocksDB, HDFS configuration and credentials, mounted secrets,
   * short-circuit on and off, workers on and off the host network, FUSE on its own and inside the
   * worker, the log server, the proxy and metrics. The coverage tests (every name and property
   * the renderer writes is one a spec may not set) read what these render, so a feature missing
   * here is a feature those tests do not guard.
   */
  public static List<AlluxioCluster> everyFeature() {
    PodSecurityExemption privileged = PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "FUSE needs CAP_SYS_ADMIN");
    UnderStorage hdfs = UnderStorage.builder().rootUri("hdfs://namenode:8020/data")
        .hdfsConfiguration(HdfsConfiguration.fromSecret("hdfs-config"))
        .addCredentials(CredentialReference.of("aws.secretKey", "s3", "secret-key")).build();
    Journal hdfsJournal = Journal.builder().folder("hdfs://namenode:8020/journal")
        .hdfsConfiguration(HdfsConfiguration.fromSecret("hdfs-config")).build();
    return List.of(
        minimal(),
        highlyAvailable(),
        with(spec -> spec
            .underStorage(hdfs)
            .journal(hdfsJournal)
            .metastore(Metastore.builder().type(MetastoreType.ROCKS).build())
            .secrets(SecretMounts.builder().putMaster("tls-certs", "tls").putWorker("tls-certs", "tls")
                .putFuse("tls-certs", "tls").build())
            .workers(Workers.builder().hostNetwork(false).build())
            .fuse(Fuse.builder().enabled(true).podSecurity(privileged).build())
            .logServer(LogServer.builder().enabled(true).build())
            .proxy(Proxy.builder().enabled(true).build())
            .metrics(Metrics.builder().enabled(true).build())),
        with(spec -> spec
            .underStorage(hdfs)
            .journal(hdfsJournal)
            .metastore(Metastore.builder().type(MetastoreType.ROCKS).build())
            .shortCircuit(ShortCircuit.disabled())
            .workers(Workers.builder().hostNetwork(false).build())
            .fuse(Fuse.builder().enabled(true).podSecurity(privileged).build())),
        with(spec -> spec.masters(Masters.builder().count(3).build())
            .journal(Journal.builder().type(JournalType.EMBEDDED).build())
            .metastore(Metastore.builder().type(MetastoreType.ROCKS).build())),
        with(spec -> spec
            .workers(Workers.builder().podSecurity(privileged).build())
            .fuse(Fuse.builder().enabled(true).inWorker(true).build())));
  }

  /** The context a render of {@code cluster} starts from, under the default naming. */
  public static RenderContext context(AlluxioCluster cluster) {
    return RenderContext.of(cluster, Naming.modern());
  }
}
