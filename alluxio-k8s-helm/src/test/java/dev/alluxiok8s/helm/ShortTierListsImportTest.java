package dev.alluxiok8s.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A tier's mediumtype or quota list shorter than its path list: Alluxio 2.9 repeats the last entry. */
class ShortTierListsImportTest {

  private static HelmImport read(String tiers) throws HelmValuesException {
    return HelmValuesImport.create().chartLine(ChartLine.V0_6).read("values.yaml", ("""
        properties:
          alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio
        tieredstore:
          levels:
        """ + tiers).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theLastMediumAndQuotaServeThePathsPastTheirListsEnd() throws Exception {
    TierLevel level = read("""
            - level: 0
              alias: SSD
              mediumtype: SSD
              path: /mnt/ssd0,/mnt/ssd1,/mnt/ssd2
              type: hostPath
              quota: 10GB,20GB
        """).cluster().spec().tieredStore().levels().get(0);
    assertThat(level.directories()).extracting(TierDirectory::path, d -> d.mediumType().orElseThrow(),
            d -> d.quota().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/mnt/ssd0", MediumType.SSD, "10Gi"),
            org.assertj.core.groups.Tuple.tuple("/mnt/ssd1", MediumType.SSD, "20Gi"),
            org.assertj.core.groups.Tuple.tuple("/mnt/ssd2", MediumType.SSD, "20Gi"));
  }

  @Test
  void aListLongerThanThePathsIsStillAMistake() {
    assertThatThrownBy(() -> read("""
            - level: 0
              mediumtype: MEM,SSD
              path: /dev/shm
              quota: 1GB
        """)).isInstanceOfSatisfying(HelmValuesException.class, e -> assertThat(e.diagnostics())
        .extracting(d -> DiagnosticFormat.line(d, ""))
        .containsExactly("values.yaml:5:7: error: tieredstore.levels[0]: mediumtype and quota may not list more "
            + "comma-separated parts than path, got 2, 1 and 1"));
  }
}
