package dev.alluxiok8s.bench;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TierVolume;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.ufs.CredentialReference;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.volume.VolumeKind;
import dev.alluxiok8s.model.worker.Workers;
import dev.alluxiok8s.render.ClusterRenderer;
import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.bundle.ExternalReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmarked cluster, {@code multi-master-embedded-journal}: three masters with an EMBEDDED
 * journal on claims, S3 with credentials from a Secret, a two-tier store (MEM on emptyDir, SSD on a
 * hostPath), and workers exempted to the privileged Pod Security level.
 */
public final class Scenario {

  /** The StatefulSet and DaemonSet of {@link #cluster()} as YAML (kept equal to the render by a test). */
  public static final String WORKLOADS_RESOURCE = "multi-master-embedded-journal-workloads.yaml";

  private Scenario() {}

  public static AlluxioCluster cluster() {
    ClusterSpec spec = ClusterSpec.builder()
        .underStorage(UnderStorage.builder().rootUri("s3a://analytics/alluxio/")
            .addCredentials(CredentialReference.of("aws.accessKeyId", "alluxio-s3", "access-key-id"))
            .addCredentials(CredentialReference.of("aws.secretKey", "alluxio-s3", "secret-key"))
            .build())
        .masters(Masters.builder().count(3).build())
        .journal(Journal.builder().type(JournalType.EMBEDDED).build())
        .tieredStore(TieredStore.builder()
            .addLevels(TierLevel.builder().alias(MediumType.MEM)
                .addDirectories(TierDirectory.at("/dev/shm", "2Gi"))
                .highWatermark(0.95).lowWatermark(0.7).build())
            .addLevels(TierLevel.builder().alias(MediumType.SSD)
                .addDirectories(TierDirectory.builder().path("/mnt/ssd0").quota("100Gi")
                    .volume(TierVolume.builder().kind(VolumeKind.HOST_PATH).hostPath("/mnt/disks/ssd0").build())
                    .build())
                .highWatermark(0.9).lowWatermark(0.7).build())
            .build())
        .workers(Workers.builder()
            .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED,
                "short-circuit reads need the node's domain socket directory and host networking"))
            .build())
        .build();
    return AlluxioCluster.builder().metadata(ClusterMetadata.named("alluxio")).spec(spec).build();
  }

  /** The rendered StatefulSet and DaemonSet trees of {@link #cluster()}, in that order. */
  public static List<Map<String, Object>> workloadTrees() {
    List<Map<String, Object>> all = ClusterRenderer.create().render(cluster()).trees();
    List<Map<String, Object>> workloads = new ArrayList<>(2);
    for (String kind : List.of("StatefulSet", "DaemonSet")) {
      all.stream().filter(t -> kind.equals(t.get("kind"))).findFirst().ifPresentOrElse(workloads::add, () -> {
        throw new IllegalStateException("the scenario renders no " + kind);
      });
    }
    return workloads;
  }

  /**
   * What the workloads refer to outside themselves: the spec's Secret (as {@code
   * ExternalObjects.of(cluster().spec())} would say; a test keeps the two equal), plus the rendered
   * ConfigMap and headless Service that a validation of the workloads alone does not see. Spelled out so
   * that a fresh JVM can build the validator without loading the cluster model or the renderer.
   */
  public static Set<ExternalReference> workloadExternals() {
    Set<ExternalReference> refs = new LinkedHashSet<>();
    refs.add(ExternalReference.secret("alluxio-s3"));
    refs.add(ExternalReference.configMap("alluxio-config"));
    refs.add(ExternalReference.service("alluxio-master"));
    return refs;
  }

  /** A validator for {@link #workloadTrees()} with the defaults and {@link #workloadExternals()}. */
  public static KubernetesValidator workloadValidator() {
    return KubernetesValidator.builder().externalReferences(workloadExternals()).build();
  }

  /** The YAML of {@link #WORKLOADS_RESOURCE}. */
  public static String workloadsYaml() {
    try (InputStream in = Scenario.class.getResourceAsStream(WORKLOADS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + WORKLOADS_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
