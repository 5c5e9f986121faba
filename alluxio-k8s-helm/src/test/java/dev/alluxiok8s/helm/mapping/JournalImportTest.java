package dev.alluxiok8s.helm.mapping;

import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.errors;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.read;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.volume.AccessMode;
import dev.alluxiok8s.model.volume.DataVolume;
import dev.alluxiok8s.model.volume.VolumeKind;
import org.junit.jupiter.api.Test;

/** The journal's type, folder and volume as each chart line wrote them. */
class JournalImportTest {

  private static Journal journal(ChartLine line, String yaml) throws Exception {
    return read(line, yaml).cluster().spec().journal();
  }

  @Test
  void chart05sEmbeddedJournalGetsAClaimOfTheNamedStorageClassWithAWarningAtTheKeyThatChoseIt() throws Exception {
    HelmImport fromProperty = read(ChartLine.V0_5, """
          alluxio.master.journal.type: EMBEDDED
        journal:
          size: 2Gi
          storageClass: fast
        """);

    DataVolume volume = fromProperty.cluster().spec().journal().volume();
    assertThat(volume.size()).isEqualTo("2Gi");
    assertThat(volume.storageClass()).contains("fast");
    assertThat(warnings(fromProperty)).anySatisfy(w -> assertThat(w)
        .startsWith("config.yaml:3:3: warning: properties.\"alluxio.master.journal.type\": the chart kept each master's "
            + "embedded journal on an emptyDir")
        .endsWith("here each master gets a claim (journal.size, storage class fast)"));
  }

  @Test
  void chart05sUfsJournalClaimKeepsTheChartsStorageClassAndAccessModeAndItsFormatJob() throws Exception {
    Journal journal = journal(ChartLine.V0_5, """
        journal:
          format:
            job:
              activeDeadlineSeconds: 120
        """);

    assertThat(journal.volume().storageClass()).contains("standard");
    assertThat(journal.volume().accessModes()).containsExactly(AccessMode.READ_WRITE_MANY);
    assertThat(journal.formatJob().activeDeadlineSeconds()).isEqualTo(120);
    assertThat(journal(ChartLine.V0_6, "").formatJob().enabled()).isFalse();
  }

  @Test
  void chart06KeepsAJournalOnAnEmptyDirOrAClaimOfTheGivenAccessModes() throws Exception {
    DataVolume emptyDir = journal(ChartLine.V0_6, "journal:\n  volumeType: emptyDir\n  size: 3Gi\n  medium: Memory\n").volume();
    DataVolume claim = journal(ChartLine.V0_6, "journal:\n  accessModes: [ReadWriteOncePod]\n").volume();

    assertThat(emptyDir.kind()).isEqualTo(VolumeKind.EMPTY_DIR);
    assertThat(emptyDir.size()).isEqualTo("3Gi");
    assertThat(emptyDir.medium()).contains("Memory");
    assertThat(claim.kind()).isEqualTo(VolumeKind.PERSISTENT_VOLUME_CLAIM);
    assertThat(claim.accessModes()).containsExactly(AccessMode.READ_WRITE_ONCE_POD);
  }

  @Test
  void anAccessModeKubernetesDoesNotKnowIsAnErrorAtTheList() {
    assertThat(errors(ChartLine.V0_6, "journal:\n  accessModes: [ReadWriteOnce, ReadWriteSometimes]\n")).containsExactly(
        "config.yaml:4:3: error: journal.accessModes: \"ReadWriteSometimes\" is not an access mode (ReadWriteOnce, "
            + "ReadOnlyMany, ReadWriteMany, ReadWriteOncePod)");
  }

  @Test
  void aJournalOnHdfsNeedsAnHdfsFolder() {
    assertThat(errors(ChartLine.V0_5, "journal:\n  ufsType: HDFS\n  folder: /journal\n")).containsExactly(
        "config.yaml:4:3: error: journal.ufsType: a journal on HDFS needs journal.folder to be an hdfs:// URI, got \"/journal\"");
  }
}
