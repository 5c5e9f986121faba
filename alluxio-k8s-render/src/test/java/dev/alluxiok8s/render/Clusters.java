package dev.alluxiok8s.render;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.ImmutableClusterSpec;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.naming.Naming;
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

  /** The context a render of {@code cluster} starts from, under the default naming. */
  public static RenderContext context(AlluxioCluster cluster) {
    return RenderContext.of(cluster, Naming.modern());
  }
}
