package dev.alluxiok8s.model;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.journal.FormatJournalJob;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalPersistentVolume;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.process.WorkerProcess;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.ufs.HdfsConfiguration;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.volume.AccessMode;
import dev.alluxiok8s.model.volume.DataVolume;
import dev.alluxiok8s.model.volume.VolumeKind;
import dev.alluxiok8s.model.worker.WorkerPorts;
import dev.alluxiok8s.model.worker.Workers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClusterSpecTest {

  private static ImmutableClusterSpec.Builder spec() {
    return ClusterSpec.builder().underStorage(UnderStorage.at("s3a://my-bucket/alluxio/"));
  }

  /** Several masters with a UFS journal need ZooKeeper for leader election. */
  private static ImmutableClusterSpec.Builder withZooKeeper() {
    return spec().putProperties("alluxio.zookeeper.enabled", "true").putProperties("alluxio.zookeeper.address", "zk-0.zk:2181");
  }

  private static Masters masters(int count) {
    return Masters.builder().count(count).build();
  }

  private static TieredStore tierAt(String path) {
    return TieredStore.builder().addLevels(TierLevel.builder().alias(MediumType.SSD)
        .addDirectories(TierDirectory.at(path, "10Gi")).build()).build();
  }

  /** The defaults are Alluxio chart 0.5.2's values.yaml where that is intended. */
  @Nested
  class Defaults {

    private final ClusterSpec spec = spec().build();

    @Test
    void oneMasterWithAUfsJournalOnALocalClaim() {
      assertThat(spec.masters().count()).isEqualTo(1);
      assertThat(spec.journal().type()).isEqualTo(JournalType.UFS);
      assertThat(spec.journal().folder()).isEqualTo("/journal");
      assertThat(spec.journal().volume().size()).isEqualTo("1Gi");
      assertThat(spec.journal().volume().effectiveAccessModes()).containsExactly(AccessMode.READ_WRITE_ONCE);
      assertThat(spec.metastore().type()).isEqualTo(MetastoreType.HEAP);
    }

    @Test
    void chartsPortsResourcesAndUser() {
      assertThat(spec.masters().ports().rpc()).isEqualTo(19998);
      assertThat(spec.masters().ports().embedded()).isEqualTo(19200);
      assertThat(spec.workers().ports().rpc()).isEqualTo(29999);
      assertThat(spec.workers().ports().jobData()).isEqualTo(30002);
      assertThat(spec.workers().worker()).isEqualTo(WorkerProcess.defaults());
      assertThat(spec.workers().worker().resources().limits()).containsEntry("memory", "4Gi");
      assertThat(spec.runAs().user()).isEqualTo(1000);
      assertThat(spec.logLevel()).isEqualTo(LogLevel.INFO);
    }

    @Test
    void chartsTieredStoreAndShortCircuit() {
      TierLevel mem = spec.tieredStore().levels().get(0);
      assertThat(mem.alias()).isEqualTo(MediumType.MEM);
      assertThat(mem.directories()).containsExactly(TierDirectory.at("/dev/shm", "1Gi"));
      assertThat(mem.highWatermark()).contains(0.95);
      assertThat(mem.lowWatermark()).contains(0.7);
      assertThat(spec.shortCircuit().enabled()).isTrue();
      assertThat(spec.shortCircuit().hostPath()).isEqualTo("/tmp/alluxio-domain");
      assertThat(spec.workers().hostNetwork()).isTrue();
      assertThat(spec.masters().hostNetwork()).isFalse();
    }

    @Test
    void departuresFromTheChartThatAreIntended() {
      assertThat(spec.fuse().enabled()).as("chart 0.5.2 always rendered FUSE").isFalse();
      assertThat(spec.journal().formatJob().enabled()).as("formatting erases the journal").isFalse();
      assertThat(spec.images().fuse()).as("alluxio/alluxio-fuse is no longer published").isEqualTo(spec.images().alluxio());
      assertThat(spec.journal().volume().storageClass()).as("the cluster's default class, not \"standard\"").isEmpty();
    }
  }

  @Nested
  class Journals {

    @Test
    void anEmbeddedJournalNeedsAnOddNumberOfMasters() {
      assertThat(spec().masters(masters(3)).journal(Journal.builder().type(JournalType.EMBEDDED).build()).build().masters().count())
          .isEqualTo(3);
      assertThat(problemsOf("ClusterSpec", () -> spec().masters(masters(2))
          .journal(Journal.builder().type(JournalType.EMBEDDED).build()).build()))
          .containsExactly(problem("masters.count",
              "an EMBEDDED journal needs an odd number of masters (Raft needs a majority), got 2; use 1 or 3"));
    }

    /** Every even count is refused, not only 2: a quorum of 4 survives no more failures than 3. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} masters")
    @org.junit.jupiter.params.provider.ValueSource(ints = {2, 4, 6, 8})
    void anEmbeddedJournalRefusesEveryEvenCount(int count) {
      assertThat(problemsOf("ClusterSpec", () -> spec().masters(masters(count))
          .journal(Journal.builder().type(JournalType.EMBEDDED).build()).build()))
          .containsExactly(problem("masters.count",
              "an EMBEDDED journal needs an odd number of masters (Raft needs a majority), got " + count
                  + "; use " + (count - 1) + " or " + (count + 1)));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} masters")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 5, 7})
    void anEmbeddedJournalTakesEveryOddCount(int count) {
      assertThat(spec().masters(masters(count)).journal(Journal.builder().type(JournalType.EMBEDDED).build()).build()
          .masters().count()).isEqualTo(count);
    }

    @Test
    void mastersSharingALocalUfsJournalNeedAReadWriteManyClaim() {
      Journal shared = Journal.builder().volume(DataVolume.builder().addAccessModes(AccessMode.READ_WRITE_MANY).build()).build();
      assertThat(withZooKeeper().masters(masters(2)).journal(shared).build().journal()).isEqualTo(shared);
      assertThat(problemsOf("ClusterSpec", () -> withZooKeeper().masters(masters(3)).build()))
          .containsExactly(problem("journal.volume.accessModes", "3 masters share one UFS journal claim, which needs "
              + "ReadWriteMany; add ReadWriteMany (and a storage class that supports it), or use type EMBEDDED"));
      assertThat(problemsOf("ClusterSpec", () -> withZooKeeper().masters(masters(2))
          .journal(Journal.builder().volume(DataVolume.builder().kind(VolumeKind.EMPTY_DIR).build()).build()).build()))
          .containsExactly(problem("journal.volume.kind", "2 masters share one UFS journal folder, which needs a "
              + "persistentVolumeClaim; use kind persistentVolumeClaim, a journal on HDFS, or type EMBEDDED"));
    }

    @Test
    void mastersMayShareAJournalOnHdfs() {
      Journal hdfs = Journal.builder().folder("hdfs://namenode:8020/alluxio/journal")
          .hdfsConfiguration(HdfsConfiguration.fromSecret("alluxio-hdfs-config")).build();
      assertThat(withZooKeeper().masters(masters(2)).journal(hdfs).build().masters().count()).isEqualTo(2);
    }

    @Test
    void severalMastersWithAUfsJournalElectTheirLeaderThroughZooKeeper() {
      Journal hdfs = Journal.builder().folder("hdfs://namenode:8020/alluxio/journal").build();
      String message = "2 masters with a UFS journal elect their leader through ZooKeeper: set properties "
          + "alluxio.zookeeper.enabled: \"true\" and alluxio.zookeeper.address, or use journal type EMBEDDED";
      assertThat(problemsOf("ClusterSpec", () -> spec().masters(masters(2)).journal(hdfs).build()))
          .containsExactly(problem("masters.count", message));
      assertThat(problemsOf("ClusterSpec", () -> spec().masters(masters(2)).journal(hdfs)
          .putProperties("alluxio.zookeeper.enabled", "true").build()))
          .containsExactly(problem("masters.count", message));
      assertThat(spec().masters(masters(1)).journal(hdfs).build().masters().count()).isEqualTo(1);
    }

    @Test
    void anEnabledZooKeeperListsItsServersAsHostAndPort() {
      assertThat(withZooKeeper().putProperties("alluxio.zookeeper.address", "zk-0.zk:2181,zk-1.zk:2181").build()
          .properties()).containsEntry("alluxio.zookeeper.address", "zk-0.zk:2181,zk-1.zk:2181");
      assertThat(problemsOf("ClusterSpec", () -> withZooKeeper().putProperties("alluxio.zookeeper.address", "zk-0.zk:2181,zk-1.zk")
          .build()))
          .containsExactly(problem(SpecRule.STORAGE_URI, "properties.\"alluxio.zookeeper.address\"", "ZooKeeper is enabled, so "
              + "alluxio.zookeeper.address must list its servers as host:port, separated by commas (e.g. zk-0.zk:2181,zk-1.zk:2181)"));
      // Alluxio reads the address only with ZooKeeper enabled.
      assertThat(spec().putProperties("alluxio.zookeeper.enabled", "false").putProperties("alluxio.zookeeper.address", "zk-0.zk")
          .build().properties()).containsEntry("alluxio.zookeeper.address", "zk-0.zk");
    }

    @Test
    void aJournalOnTheUnderStorageLiesOutsideItsRoot() {
      ImmutableClusterSpec.Builder onHdfs = spec().underStorage(UnderStorage.at("hdfs://namenode:8020/alluxio"));
      Journal outside = Journal.builder().folder("hdfs://namenode:8020/journal").build();
      Journal inside = Journal.builder().folder("hdfs://namenode:8020/alluxio/journal").build();

      assertThat(onHdfs.journal(outside).build().journal()).isEqualTo(outside);
      assertThat(problemsOf("ClusterSpec", () -> onHdfs.journal(inside).build()))
          .containsExactly(problem(SpecRule.JOURNAL_LOCATION, "journal.folder", "lies inside the root under storage "
              + "(spec.underStorage.rootUri), which Alluxio mounts at /: the journal would show in Alluxio's namespace, where "
              + "deleting a directory destroys it; give it a folder outside the root"));
    }

    @Test
    void anEmbeddedJournalIsNotFormattedByAJob() {
      FormatJournalJob job = FormatJournalJob.builder().enabled(true).build();
      assertThat(spec().journal(Journal.builder().formatJob(job).build()).build().journal().formatJob().enabled()).isTrue();
      assertThat(problemsOf("ClusterSpec", () -> spec()
          .journal(Journal.builder().type(JournalType.EMBEDDED).formatJob(job).build()).build()))
          .containsExactly(problem("journal.formatJob.enabled", "an EMBEDDED journal lives on each master's own claim, which "
              + "a Job cannot reach; format it with 'alluxio formatJournal' in each master pod instead"));
    }

    @Test
    void aLocalJournalStaysOutOfTheSecretsDirectory() {
      assertThat(problemsOf("ClusterSpec", () -> spec().journal(Journal.builder().folder("/secrets/journal").build()).build()))
          .containsExactly(problem(SpecRule.SAME_DIRECTORY, "journal.folder",
              "\"/secrets/journal\" overlaps /secrets, where Secrets are mounted"));
    }

    @Test
    void aHostPathVolumeOnlyServesASingleUfsMaster() {
      Journal withPv = Journal.builder().persistentVolume(JournalPersistentVolume.builder().build())
          .volume(DataVolume.builder().addAccessModes(AccessMode.READ_WRITE_MANY).build()).build();
      assertThat(spec().journal(withPv).build().journal().persistentVolume()).isPresent();
      assertThat(problemsOf("ClusterSpec", () -> withZooKeeper().masters(masters(3)).journal(withPv).build()))
          .containsExactly(problem("journal.persistentVolume",
              "a single hostPath PersistentVolume only serves a single master with a UFS journal (single-node demos)"));
    }
  }

  @Nested
  class Ports {

    @Test
    void podsOnTheirOwnNetworksMayReusePorts() {
      Workers workers = Workers.builder().ports(WorkerPorts.builder().rpc(19998).build()).build();
      assertThat(spec().workers(workers).build().workers().ports().rpc()).isEqualTo(19998);
    }

    @Test
    void hostNetworkMastersAndWorkersShareTheNodesPorts() {
      Workers workers = Workers.builder().ports(WorkerPorts.builder().rpc(19998).web(20002).build()).build();
      assertThat(problemsOf("ClusterSpec", () -> spec().masters(Masters.builder().hostNetwork(true).build())
          .workers(workers).build()))
          .containsExactly(
              problem("workers.ports.rpc", "port 19998 is already used by masters.ports.rpc"),
              problem("workers.ports.web", "port 20002 is already used by masters.ports.jobWeb"));
    }
  }

  @Nested
  class Paths {

    @Test
    void theShortCircuitDirectoryMayNotBeATierDirectory() {
      assertThat(spec().tieredStore(tierAt("/opt/domain")).shortCircuit(ShortCircuit.disabled()).build().shortCircuit().enabled())
          .isFalse();
      assertThat(problemsOf("ClusterSpec", () -> spec().tieredStore(tierAt("/opt/domain")).build()))
          .containsExactly(problem(SpecRule.SAME_DIRECTORY, "tieredStore.levels[0].directories[0].path", "\"/opt/domain\" overlaps the "
              + "short-circuit socket directory, /opt/domain by default; choose another directory, or move the socket with "
              + "spec.shortCircuit.mountPath"));
      // Written by the user on both sides, it is the socket directory that is reported.
      assertThat(problemsOf("ClusterSpec", () -> spec().tieredStore(tierAt("/mnt/socket/"))
          .shortCircuit(ShortCircuit.builder().mountPath("/mnt/socket").build()).build()))
          .containsExactly(problem(SpecRule.SAME_DIRECTORY, "shortCircuit.mountPath",
              "\"/mnt/socket\" overlaps tieredStore.levels[0].directories[0].path (\"/mnt/socket/\")"));
    }

    @Test
    void eachTierDirectoryIsADirectoryOfItsOwn() {
      TieredStore twoDisks = TieredStore.builder().addLevels(TierLevel.builder().alias(MediumType.SSD)
          .addDirectories(TierDirectory.at("/mnt/ssd0", "10Gi"), TierDirectory.at("/mnt/ssd1", "10Gi")).build()).build();
      TieredStore nested = TieredStore.builder().addLevels(TierLevel.builder().alias(MediumType.SSD)
          .addDirectories(TierDirectory.at("/mnt/ssd", "10Gi")).build(),
          TierLevel.builder().alias(MediumType.HDD).addDirectories(TierDirectory.at("/mnt/ssd/hdd", "10Gi")).build()).build();

      assertThat(spec().tieredStore(twoDisks).build().tieredStore()).isEqualTo(twoDisks);
      assertThat(problemsOf("ClusterSpec", () -> spec().tieredStore(nested).build()))
          .containsExactly(problem(SpecRule.SAME_DIRECTORY, "tieredStore.levels[1].directories[0].path", "\"/mnt/ssd/hdd\" is "
              + "the same directory as, or nested with, tieredStore.levels[0].directories[0].path (\"/mnt/ssd\"); give each "
              + "tier directory its own"));
    }

    @Test
    void workerDirectoriesStayOutOfTheSecretsDirectory() {
      assertThat(spec().tieredStore(tierAt("/secretsdir")).build().tieredStore().levels()).hasSize(1);
      assertThat(problemsOf("ClusterSpec", () -> spec().tieredStore(tierAt("/secrets/cache")).build()))
          .containsExactly(problem(SpecRule.SAME_DIRECTORY, "tieredStore.levels[0].directories[0].path",
              "\"/secrets/cache\" is under /secrets, where Secrets are mounted"));
      assertThat(problemsOf("ClusterSpec", () -> spec().shortCircuit(ShortCircuit.builder().mountPath("/secrets").build()).build()))
          .containsExactly(problem(SpecRule.SAME_DIRECTORY, "shortCircuit.mountPath", "\"/secrets\" is under /secrets, where Secrets are mounted"));
    }

    @Test
    void aRocksMetastoreNeedsItsOwnDirectoryBesideALocalJournal() {
      Metastore rocks = Metastore.builder().type(MetastoreType.ROCKS).mountPath("/journal/metastore").build();
      assertThat(problemsOf("ClusterSpec", () -> spec().metastore(rocks).build()))
          .containsExactly(problem(SpecRule.SAME_DIRECTORY, "metastore.mountPath",
              "\"/journal/metastore\" overlaps the journal folder \"/journal\"; each needs its own volume"));
      assertThat(spec().metastore(Metastore.builder().type(MetastoreType.ROCKS).mountPath("/journal-metastore").build()).build()
          .metastore().mountPath()).isEqualTo("/journal-metastore");
      Metastore heap = Metastore.builder().mountPath("/journal").build();
      assertThat(spec().metastore(heap).build().metastore()).isEqualTo(heap);
    }
  }

  @Nested
  class Properties {

    @Test
    void acceptsPropertiesTheRendererDoesNotCompute() {
      assertThat(spec().putProperties("alluxio.user.file.writetype.default", "CACHE_THROUGH").build().properties()).hasSize(1);
    }

    @Test
    void refusesComputedPropertiesWhereverTheyAreSet() {
      assertThat(problemsOf("ClusterSpec", () -> spec().putProperties("alluxio.master.journal.type", "EMBEDDED")
          .workers(Workers.builder().worker(WorkerProcess.builder().putProperties("alluxio.worker.rpc.port", "1").build()).build())
          .build()))
          .containsExactly(
              problem(SpecRule.MANAGED_PROPERTY, "properties.\"alluxio.master.journal.type\"", "is computed from spec.journal.type; set that instead"),
              problem(SpecRule.MANAGED_PROPERTY, "workers.worker.properties.\"alluxio.worker.rpc.port\"",
                  "is computed from spec.workers.ports.rpc; set that instead"));
    }

    @Test
    void refusesCredentialsWithoutQuotingThem() {
      assertThat(problemsOf("ClusterSpec", () -> spec().putProperties("aws.secretKey", "AKIAVERYSECRET").build()))
          .containsExactly(problem("properties.\"aws.secretKey\"", "looks like a credential; literal credentials end up in a "
              + "ConfigMap. Reference a Kubernetes Secret instead (spec.underStorage.credentials)"));
    }
  }
}
