package dev.alluxiok8s.render.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.metrics.Metrics;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.process.MasterProcess;
import dev.alluxiok8s.model.process.Resources;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.ufs.CredentialReference;
import dev.alluxiok8s.model.ufs.HdfsConfiguration;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.render.Clusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigMapDataTest {

  @Test
  void singleMasterNamesItsMasterForEveryProcess() {
    Map<String, String> data = data(Clusters.minimal());

    assertThat(options(data.get(ConfigMapData.GLOBAL))).containsExactly(
        "-Dalluxio.master.hostname=alluxio-master-0",
        "-Dalluxio.master.journal.type=UFS",
        "-Dalluxio.master.journal.folder=/journal",
        "-Dalluxio.master.rpc.port=19998",
        "-Dalluxio.master.web.port=19999",
        "-Dalluxio.job.master.rpc.port=20001",
        "-Dalluxio.job.master.web.port=20002",
        "-Dalluxio.master.mount.table.root.ufs=s3a://analytics/alluxio/");
    assertThat(data).containsOnlyKeys(ConfigMapData.GLOBAL, ConfigMapData.MASTER,
        ConfigMapData.JOB_MASTER, ConfigMapData.WORKER, ConfigMapData.JOB_WORKER);
  }

  @Test
  void embeddedJournalListsEveryMasterWithoutTheChartsTrailingComma() {
    String global = data(Clusters.highlyAvailable()).get(ConfigMapData.GLOBAL);

    assertThat(options(global))
        .contains("-Dalluxio.master.embedded.journal.addresses=alluxio-master-0:19200,alluxio-master-1:19200,alluxio-master-2:19200")
        .noneMatch(o -> o.startsWith("-Dalluxio.master.hostname="));
  }

  @Test
  void eachMasterTakesItsHostnameFromItsPodWithoutHidingTheConfigMap() {
    String master = data(Clusters.highlyAvailable()).get(ConfigMapData.MASTER);

    assertThat(options(master)).startsWith("-Dalluxio.master.hostname=${ALLUXIO_MASTER_HOSTNAME}");
  }

  @Test
  void credentialsAreReferencesToEnvironmentVariablesNeverValues() {
    var cluster = Clusters.with(spec -> spec.underStorage(UnderStorage.builder()
        .rootUri("s3a://analytics/alluxio/")
        .addCredentials(CredentialReference.of("aws.secretKey", "s3-credentials", "secret-key"))
        .build()));

    Map<String, String> data = data(cluster);

    assertThat(options(data.get(ConfigMapData.MASTER))).contains("-Daws.secretKey=${UFS_CREDENTIAL_AWS_SECRETKEY}");
    assertThat(options(data.get(ConfigMapData.WORKER))).contains("-Daws.secretKey=${UFS_CREDENTIAL_AWS_SECRETKEY}");
    assertThat(data.get(ConfigMapData.GLOBAL)).doesNotContain("aws.secretKey");
  }

  @Test
  void tieredStoreBecomesAlluxioPropertiesWithExactByteQuotas() {
    var cluster = Clusters.with(spec -> spec.tieredStore(TieredStore.builder()
        .addLevels(TierLevel.builder().alias(MediumType.MEM)
            .addDirectories(TierDirectory.at("/dev/shm", "2Gi")).highWatermark(0.9).lowWatermark(0.6).build())
        .addLevels(TierLevel.builder().alias(MediumType.SSD)
            .addDirectories(TierDirectory.at("/mnt/ssd0", "100G"))
            .addDirectories(TierDirectory.builder().path("/mnt/hdd0").quota("1Ti").mediumType(MediumType.HDD).build())
            .build())
        .build()));

    String worker = data(cluster).get(ConfigMapData.WORKER);

    assertThat(options(worker)).containsSubsequence(
        "-Dalluxio.worker.tieredstore.levels=2",
        "-Dalluxio.worker.tieredstore.level0.alias=MEM",
        "-Dalluxio.worker.tieredstore.level0.dirs.path=/dev/shm",
        "-Dalluxio.worker.tieredstore.level0.dirs.mediumtype=MEM",
        "-Dalluxio.worker.tieredstore.level0.dirs.quota=2GB",
        "-Dalluxio.worker.tieredstore.level0.watermark.high.ratio=0.9",
        "-Dalluxio.worker.tieredstore.level0.watermark.low.ratio=0.6",
        "-Dalluxio.worker.tieredstore.level1.alias=SSD",
        "-Dalluxio.worker.tieredstore.level1.dirs.path=/mnt/ssd0,/mnt/hdd0",
        "-Dalluxio.worker.tieredstore.level1.dirs.mediumtype=SSD,HDD",
        "-Dalluxio.worker.tieredstore.level1.dirs.quota=100000000000,1TB");
  }

  @Test
  void disabledShortCircuitTellsClientsAndDropsTheSocket() {
    Map<String, String> data = data(Clusters.with(spec -> spec.shortCircuit(ShortCircuit.disabled())));

    assertThat(options(data.get(ConfigMapData.GLOBAL))).contains("-Dalluxio.user.short.circuit.enabled=false");
    assertThat(data.get(ConfigMapData.WORKER)).doesNotContain("domain.socket");
  }

  @Test
  void rocksMetastoreIsConfiguredForTheMasterOnly() {
    Map<String, String> data = data(Clusters.with(spec ->
        spec.metastore(Metastore.builder().type(MetastoreType.ROCKS).build())));

    assertThat(options(data.get(ConfigMapData.MASTER)))
        .contains("-Dalluxio.master.metastore=ROCKS", "-Dalluxio.master.metastore.dir=/metastore");
    assertThat(data.get(ConfigMapData.GLOBAL)).doesNotContain("metastore");
  }

  @Test
  void userPropertiesAndJvmOptionsComeLastSoTheyAreVisibleAtTheEnd() {
    var cluster = Clusters.with(spec -> spec
        .putProperties("alluxio.user.file.writetype.default", "CACHE_THROUGH")
        .fuse(Fuse.builder().enabled(true).putProperties("alluxio.fuse.debug.enabled", "true").build()));

    Map<String, String> data = data(cluster);

    assertThat(options(data.get(ConfigMapData.GLOBAL))).endsWith("-Dalluxio.user.file.writetype.default=CACHE_THROUGH");
    assertThat(options(data.get(ConfigMapData.FUSE))).containsExactly(
        "-Dalluxio.user.hostname=${ALLUXIO_CLIENT_HOSTNAME}",
        "-Dalluxio.worker.hostname=${ALLUXIO_CLIENT_HOSTNAME}",
        "-Xms1g", "-Xmx1g", "-XX:MaxDirectMemorySize=2g",
        "-Dalluxio.fuse.debug.enabled=true");
  }

  @Test
  void everyJvmGetsExplicitSizesThatItsOwnOptionsOverride() {
    var cluster = Clusters.with(spec -> spec.masters(Masters.builder()
        .master(MasterProcess.builder().resources(Resources.of("1", "4Gi")).addJvmOptions("-Xmx3g").build()).build()));

    Map<String, String> data = data(cluster);

    // Left out, the JVM would size heap and direct memory from the container (a quarter each, and
    // Alluxio gives FUSE -Xmx1G -XX:MaxDirectMemorySize=4g): the sizes the limit was checked for are written.
    assertThat(options(data.get(ConfigMapData.MASTER))).endsWith("-XX:MaxDirectMemorySize=128m", "-Xmx3g");
    assertThat(options(data.get(ConfigMapData.JOB_MASTER))).endsWith("-Xmx512m", "-XX:MaxDirectMemorySize=128m");
    assertThat(options(data.get(ConfigMapData.WORKER))).endsWith("-Xmx1g", "-XX:MaxDirectMemorySize=512m");
    assertThat(options(data.get(ConfigMapData.JOB_WORKER))).endsWith("-Xmx512m", "-XX:MaxDirectMemorySize=128m");
  }

  @Test
  void everyProcessWithAWebServerIsToldOfTheMetricsFileAndEveryUfsClientOfTheCredentials() {
    var cluster = Clusters.with(spec -> spec.metrics(Metrics.builder().enabled(true).build())
        .underStorage(UnderStorage.builder().rootUri("s3a://analytics/alluxio/")
            .addCredentials(CredentialReference.of("aws.accessKeyId", "s3-credentials", "access-key")).build()));

    Map<String, String> data = data(cluster);

    for (String process : List.of(ConfigMapData.MASTER, ConfigMapData.JOB_MASTER, ConfigMapData.WORKER,
        ConfigMapData.JOB_WORKER)) {
      assertThat(options(data.get(process))).as(process).contains(
          "-Dalluxio.metrics.conf.file=/config/metrics/metrics.properties",
          "-Daws.accessKeyId=${UFS_CREDENTIAL_AWS_ACCESSKEYID}");
    }
    assertThat(data.get(ConfigMapData.GLOBAL)).doesNotContain("metrics.conf.file", "aws.accessKeyId");
  }

  @Test
  void rootMountOptionsAndHadoopFilesOfTheUfsAndTheJournalAreGlobalProperties() {
    var cluster = Clusters.with(spec -> spec
        .underStorage(UnderStorage.builder().rootUri("hdfs://namenode:8020/data")
            .putOptions("alluxio.underfs.version", "3.3")
            .hdfsConfiguration(HdfsConfiguration.fromSecret("hdfs-config")).build())
        .journal(Journal.builder().folder("hdfs://namenode:8020/journal")
            .hdfsConfiguration(HdfsConfiguration.builder().secretName("journal-hdfs").addFiles("core-site.xml").build())
            .build()));

    assertThat(options(data(cluster).get(ConfigMapData.GLOBAL))).containsSubsequence(
        "-Dalluxio.master.journal.folder=hdfs://namenode:8020/journal",
        "-Dalluxio.master.journal.ufs.option.alluxio.underfs.hdfs.configuration="
            + "/secrets/alluxio-k8s-hdfs-journal/core-site.xml",
        "-Dalluxio.master.mount.table.root.ufs=hdfs://namenode:8020/data",
        "-Dalluxio.master.mount.table.root.option.alluxio.underfs.version=3.3",
        "-Dalluxio.master.mount.table.root.option.alluxio.underfs.hdfs.configuration="
            + "/secrets/alluxio-k8s-hdfs-ufs/core-site.xml:/secrets/alluxio-k8s-hdfs-ufs/hdfs-site.xml");
  }

  @Test
  void aLevelWithoutQuotasLeavesThemToAlluxio() {
    var cluster = Clusters.with(spec -> spec.tieredStore(TieredStore.builder()
        .addLevels(TierLevel.builder().alias(MediumType.SSD)
            .addDirectories(TierDirectory.builder().path("/mnt/ssd0").build())
            .addDirectories(TierDirectory.builder().path("/mnt/ssd1").build()).build())
        .build()));

    assertThat(options(data(cluster).get(ConfigMapData.WORKER)))
        .contains("-Dalluxio.worker.tieredstore.level0.dirs.path=/mnt/ssd0,/mnt/ssd1")
        .noneMatch(o -> o.contains("dirs.quota"));
  }

  private static List<String> options(String javaOpts) {
    return List.of(javaOpts.split(" "));
  }

  private static Map<String, String> data(AlluxioCluster cluster) {
    return Clusters.context(cluster).configData();
  }
}
