package dev.alluxiok8s.model.journal;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.ufs.HdfsConfiguration;
import dev.alluxiok8s.model.volume.DataVolume;
import dev.alluxiok8s.model.volume.VolumeKind;
import org.junit.jupiter.api.Test;

class JournalTest {

  private static final HdfsConfiguration HADOOP = HdfsConfiguration.fromSecret("alluxio-hdfs-config");

  @Test
  void aLocalUfsJournalOnAOneGibiClaimByDefault() {
    Journal journal = Journal.builder().build();
    assertThat(journal.type()).isEqualTo(JournalType.UFS);
    assertThat(journal.folder()).isEqualTo("/journal");
    assertThat(journal.isLocal()).isTrue();
    assertThat(journal.volume()).isEqualTo(DataVolume.claim("1Gi"));
    assertThat(journal.formatJob().enabled()).isFalse();
  }

  @Test
  void aUfsJournalOnHdfs() {
    Journal journal = Journal.builder().folder("hdfs://namenode:8020/alluxio/journal").hdfsConfiguration(HADOOP).build();
    assertThat(journal.isLocal()).isFalse();
  }

  @Test
  void anEmbeddedJournal() {
    assertThat(Journal.builder().type(JournalType.EMBEDDED).build().isLocal()).isTrue();
  }

  @Test
  void refusesAnEmbeddedJournalOnAUri() {
    assertThat(problemsOf("Journal", () -> Journal.builder().type(JournalType.EMBEDDED).folder("hdfs://nn:8020/j").build()))
        .containsExactly(problem("folder",
            "an EMBEDDED journal lives on the masters' own volumes: give an absolute path such as /journal"));
  }

  @Test
  void refusesAFolderThatIsNeitherPathNorUri() {
    assertThat(problemsOf("Journal", () -> Journal.builder().folder("journal").build()))
        .containsExactly(problem("folder",
            "\"journal\" has no scheme; expected an absolute path such as /journal, or a URI such as hdfs://namenode:8020/alluxio/journal"));
  }

  @Test
  void refusesTheRootDirectory() {
    assertThat(problemsOf("Journal", () -> Journal.builder().folder("/").build()))
        .containsExactly(problem(SpecRule.SAFE_PATH, "folder", "must be an absolute path other than /, got \"/\""));
  }

  @Test
  void aPersistentVolumeOnlyBacksALocalClaim() {
    JournalPersistentVolume pv = JournalPersistentVolume.builder().build();
    assertThat(Journal.builder().persistentVolume(pv).build().persistentVolume()).contains(pv);
    assertThat(problemsOf("Journal", () -> Journal.builder().persistentVolume(pv)
        .volume(DataVolume.builder().kind(VolumeKind.EMPTY_DIR).build()).build()))
        .containsExactly(problem("persistentVolume", "only applies to a local journal on a persistentVolumeClaim"));
    assertThat(problemsOf("Journal", () -> Journal.builder().persistentVolume(pv).folder("hdfs://nn:8020/j").build()))
        .containsExactly(problem("persistentVolume", "only applies to a local journal on a persistentVolumeClaim"));
  }

  @Test
  void hadoopsConfigurationOnlyAppliesToAJournalOnHdfs() {
    assertThat(problemsOf("Journal", () -> Journal.builder().hdfsConfiguration(HADOOP).build()))
        .containsExactly(problem("hdfsConfiguration", "only applies to a journal folder on HDFS (hdfs://...)"));
  }

  @Test
  void aJournalUriNeedsRenameAndAppendAndAPlaceOfItsOwn() {
    assertThat(problemsOf("Journal", () -> Journal.builder().folder("s3a://my-bucket/journal").build()))
        .containsExactly(problem(SpecRule.JOURNAL_LOCATION, "folder", "is on an object store (s3a://), which lacks the atomic "
            + "rename and append a journal needs; use hdfs://namenode:8020/alluxio/journal, a local folder such as /journal, "
            + "or type EMBEDDED"));
    assertThat(problemsOf("Journal", () -> Journal.builder().folder("GS://my-bucket/journal").build()))
        .extracting(p -> p.message()).singleElement().asString().startsWith("is on an object store (gs://)");
    assertThat(problemsOf("Journal", () -> Journal.builder().folder("file:///journal").build()))
        .containsExactly(problem(SpecRule.JOURNAL_LOCATION, "folder", "file:// is the master container's own disk, lost with "
            + "the pod; give an absolute path such as /journal, which is kept on spec.journal.volume"));
    for (String root : new String[] {"hdfs://namenode:8020/", "hdfs://namenode:8020"}) {
      assertThat(problemsOf("Journal", () -> Journal.builder().folder(root).build())).as(root)
          .containsExactly(problem(SpecRule.JOURNAL_LOCATION, "folder", "is the root of the HDFS; give the journal a folder "
              + "of its own, e.g. hdfs://namenode:8020/alluxio/journal"));
    }
    // Only an HDFS root: another file system's root is not the journal's concern here.
    assertThat(Journal.builder().folder("viewfs://cluster/").build().folder()).isEqualTo("viewfs://cluster/");
  }

  @Test
  void aJournalOnAnHdfsNameserviceNeedsHadoopsConfiguration() {
    assertThat(problemsOf("Journal", () -> Journal.builder().folder("hdfs://mycluster/alluxio/journal").build()))
        .containsExactly(problem(SpecRule.STORAGE_URI, "folder", "\"mycluster\" has no port and no domain, so it reads as an "
            + "HDFS nameservice, which only Hadoop's configuration resolves: set spec.journal.hdfsConfiguration, or give the "
            + "namenode as host:port (e.g. namenode:8020)"));
    assertThat(Journal.builder().folder("hdfs://mycluster/alluxio/journal").hdfsConfiguration(HADOOP).build().isLocal()).isFalse();
  }
}
