package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.network.HostAlias;
import dev.alluxiok8s.model.secret.SecretMounts;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.security.RunAs;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.ufs.CredentialReference;
import dev.alluxiok8s.model.ufs.HdfsConfiguration;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.volume.DataVolume;
import dev.alluxiok8s.model.volume.VolumeKind;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code SpecReader.read(SpecWriter.write(cluster))} equals {@code cluster}, and writing is a fixed
 * point: for the sample specs and the documented clusters here, for random valid clusters in
 * {@link RoundTripPropertiesTest}.
 */
class RoundTripTest {

  private final SpecReader reader = SpecReader.create();
  private final SpecWriter writer = SpecWriter.create();

  /** Reads back what the writer wrote, and checks both equalities; shared with {@link RoundTripPropertiesTest}. */
  AlluxioCluster roundTrip(AlluxioCluster cluster) throws SpecException {
    String written = writer.write(cluster);
    AlluxioCluster read = reader.readText("written.yaml", written);
    assertThat(read).as(written).isEqualTo(cluster);
    assertThat(writer.write(read)).isEqualTo(written);
    return read;
  }

  static Stream<Path> goodSpecs() {
    return SpecFixtures.files("good");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodSpecs")
  void everySampleSpecRoundTrips(Path file) throws Exception {
    roundTrip(reader.read(file));
  }

  /** The clusters of the model's Javadoc examples, put together. */
  static Stream<AlluxioCluster> documentedClusters() {
    UnderStorage s3 = UnderStorage.builder()
        .rootUri("s3a://my-bucket/alluxio/")
        .addCredentials(CredentialReference.of("aws.accessKeyId", "alluxio-s3", "access-key-id"))
        .addCredentials(CredentialReference.of("aws.secretKey", "alluxio-s3", "secret-key"))
        .build();
    TieredStore twoTiers = TieredStore.builder()
        .addLevels(TierLevel.builder().alias(MediumType.MEM).addDirectories(TierDirectory.at("/dev/shm", "2Gi")).build())
        .addLevels(TierLevel.builder().alias(MediumType.SSD).addDirectories(TierDirectory.at("/mnt/ssd", "100Gi")).build())
        .build();
    ClusterSpec ha = ClusterSpec.builder().underStorage(s3).tieredStore(twoTiers)
        .masters(Masters.builder().count(3).build())
        .journal(Journal.builder().type(JournalType.EMBEDDED).volume(DataVolume.builder().size("10Gi").storageClass("fast-ssd").build()).build())
        .metastore(Metastore.builder().type(MetastoreType.ROCKS)
            .volume(DataVolume.builder().kind(VolumeKind.EMPTY_DIR).size("1Gi").build()).build())
        .build();
    ClusterSpec hdfs = ClusterSpec.builder().underStorage(UnderStorage.at("hdfs://namenode:8020/alluxio/data"))
        .journal(Journal.builder().folder("hdfs://namenode:8020/alluxio/journal")
            .hdfsConfiguration(HdfsConfiguration.fromSecret("alluxio-hdfs-config")).build())
        .secrets(SecretMounts.builder().putMaster("alluxio-hdfs-config", "hdfsConfig")
            .putWorker("alluxio-hdfs-config", "hdfsConfig").build())
        .addHostAliases(HostAlias.of("10.0.0.12", "namenode", "namenode.corp.example"))
        .fuse(Fuse.builder().enabled(true).mountPoint("/mnt/alluxio-fuse")
            .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "FUSE mounts need CAP_SYS_ADMIN")).build())
        .runAs(RunAs.root())
        .build();
    return Stream.of(ha, hdfs).map(spec -> AlluxioCluster.builder().metadata(ClusterMetadata.named("alluxio")).spec(spec).build());
  }

  @ParameterizedTest
  @MethodSource("documentedClusters")
  void everyDocumentedClusterRoundTrips(AlluxioCluster cluster) throws Exception {
    roundTrip(cluster);
  }
}
