package dev.alluxiok8s.helm.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.helm.HelmValuesException;
import dev.alluxiok8s.helm.HelmValuesImport;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code tieredstore.levels} of chart 0.5.x: each level's comma-separated parts, its alias, and the refusals at the level. */
class TieredStoreImportTest {

  private static final String UFS = "properties:\n  alluxio.master.mount.table.root.ufs: hdfs://nn:8020/alluxio\n";

  static HelmImport read(ChartLine line, String yaml) throws HelmValuesException {
    return HelmValuesImport.create().chartLine(line).read("config.yaml", (UFS + yaml).getBytes(StandardCharsets.UTF_8));
  }

  /** The import's errors, each as the CLI prints it; the import must fail. */
  static List<String> errors(ChartLine line, String yaml) {
    try {
      read(line, yaml);
    } catch (HelmValuesException e) {
      return e.diagnostics().stream().map(d -> DiagnosticFormat.line(d, "")).toList();
    }
    throw new AssertionError("expected the import to fail");
  }

  static List<String> warnings(HelmImport imported) {
    return imported.warnings().stream().map(w -> DiagnosticFormat.line(w, "")).toList();
  }

  private static List<TierLevel> levels(String yaml) throws HelmValuesException {
    return read(ChartLine.V0_5, yaml).cluster().spec().tieredStore().levels();
  }

  @Test
  void aShortListIsLengthenedWithItsLastEntryToTheSizeAndNoFurther() {
    assertThat(TieredStoreMapper.repeatLast(List.of("a", "b"), 4)).containsExactly("a", "b", "b", "b");
    assertThat(TieredStoreMapper.repeatLast(List.of("a", "b"), 2)).containsExactly("a", "b");
    assertThat(TieredStoreMapper.repeatLast(List.of(), 3)).isEmpty();
  }

  @Test
  void emptyPartsOfACommaSeparatedListAreSkipped() throws Exception {
    List<TierLevel> levels = levels("""
        tieredstore:
          levels:
          - {level: 0, alias: SSD, mediumtype: "SSD,,SSD", path: "/mnt/a,,/mnt/b", quota: "10GB,,20GB", type: hostPath}
        """);

    assertThat(levels).singleElement().satisfies(l -> {
      assertThat(l.alias()).isEqualTo(MediumType.SSD);
      assertThat(l.directories()).extracting(TierDirectory::path).containsExactly("/mnt/a", "/mnt/b");
      assertThat(l.directories()).extracting(d -> d.quota().orElseThrow()).containsExactly("10Gi", "20Gi");
    });
  }

  @Test
  void aLevelWithoutAliasIsNamedByItsPositionAndKeepsBothWatermarks() throws Exception {
    List<TierLevel> levels = levels("""
        tieredstore:
          levels:
          - {level: 0, mediumtype: MEM, path: /dev/shm, quota: 1GB}
          - {level: 1, mediumtype: SSD, path: /mnt/ssd, quota: 10GB, type: hostPath, high: 0.9, low: 0.6}
          - {level: 2, mediumtype: HDD, path: /mnt/hdd, quota: 100GB, type: hostPath}
        """);

    assertThat(levels).extracting(TierLevel::alias).containsExactly(MediumType.MEM, MediumType.SSD, MediumType.HDD);
    assertThat(levels.get(1).highWatermark()).contains(0.9);
    assertThat(levels.get(1).lowWatermark()).contains(0.6);
  }

  @Test
  void aFourthLevelIsAnErrorAtTheImportNotACrash() {
    assertThat(errors(ChartLine.V0_5, """
        tieredstore:
          levels:
          - {level: 0, mediumtype: MEM, path: /dev/shm, quota: 1GB}
          - {level: 1, mediumtype: SSD, path: /mnt/ssd, quota: 10GB, type: hostPath}
          - {level: 2, mediumtype: HDD, path: /mnt/hdd, quota: 100GB, type: hostPath}
          - {level: 3, mediumtype: HDD, path: /mnt/hdd2, quota: 100GB, type: hostPath}
        """)).isNotEmpty().allSatisfy(e -> assertThat(e).contains("tieredstore.levels"));
  }

  @Test
  void aLevelInRamWithoutQuotaGetsTheLinesDefaultQuotaWithAWarning() throws Exception {
    HelmImport inRam = read(ChartLine.V0_5, """
        tieredstore:
          levels:
          - {level: 0, mediumtype: MEM, path: /dev/shm}
        """);
    HelmImport onDisk = read(ChartLine.V0_5, """
        tieredstore:
          levels:
          - {level: 0, alias: SSD, mediumtype: SSD, path: /mnt/ssd, type: hostPath}
        """);
    HelmImport sized = read(ChartLine.V0_5, """
        tieredstore:
          levels:
          - {level: 0, mediumtype: MEM, path: /dev/shm, quota: 512MB}
        """);

    assertThat(inRam.cluster().spec().tieredStore().levels().get(0).directories().get(0).quota()).isPresent();
    assertThat(warnings(inRam)).anySatisfy(w -> assertThat(w).startsWith(
        "config.yaml:5:5: warning: tieredstore.levels[0]: a tier level in RAM without a quota"));
    assertThat(onDisk.cluster().spec().tieredStore().levels().get(0).directories().get(0).quota()).isEmpty();
    assertThat(warnings(onDisk)).noneSatisfy(w -> assertThat(w).contains("without a quota"));
    assertThat(sized.cluster().spec().tieredStore().levels().get(0).directories().get(0).quota()).contains("512Mi");
    assertThat(warnings(sized)).noneSatisfy(w -> assertThat(w).contains("without a quota"));
  }

  @Test
  void aLevelOfTheWrongShapeIsRefusedAtTheLevel() {
    assertThat(errors(ChartLine.V0_5, "tieredstore:\n  levels:\n  - MEM\n")).contains(
        "config.yaml:5:5: error: tieredstore.levels[0]: expected a tier level (level, mediumtype, path, type, quota, high, low)");
    assertThat(errors(ChartLine.V0_5, "tieredstore:\n  levels:\n  - {level: 0, path: /dev/shm}\n")).containsExactly(
        "config.yaml:5:5: error: tieredstore.levels[0]: a tier level needs mediumtype and path");
    assertThat(errors(ChartLine.V0_5, "tieredstore:\n  levels:\n  - {level: 0, mediumtype: \"MEM,MEM\", path: /dev/shm}\n"))
        .containsExactly("config.yaml:5:5: error: tieredstore.levels[0]: mediumtype and quota may not list more "
            + "comma-separated parts than path, got 2, 1 and 0");
    assertThat(errors(ChartLine.V0_5, "tieredstore:\n  levels:\n  - {level: 0, mediumtype: MEM, path: /dev/shm, quota: \"1GB,2GB\"}\n"))
        .containsExactly("config.yaml:5:5: error: tieredstore.levels[0]: mediumtype and quota may not list more "
            + "comma-separated parts than path, got 1, 1 and 2");
  }

  @Test
  void aQuotaThatIsNotASizeIsOneErrorAtQuotaNotAlsoOneAboutDirectoriesWithoutQuota() {
    // Three paths, two quotas: the last ("lots") is repeated for the third path, and reported once.
    assertThat(errors(ChartLine.V0_5, """
        tieredstore:
          levels:
          - {level: 0, alias: SSD, mediumtype: SSD, path: "/mnt/a,/mnt/b,/mnt/c", quota: "1GB,lots", type: hostPath}
        """)).containsExactly("config.yaml:5:75: error: tieredstore.levels[0].quota: \"lots\" is not a size (examples: 1GB, "
            + "512MB, 10G)");
  }

  @Test
  void aClaimTierNamesOneClaimPerPath() throws Exception {
    String twoPaths = """
        tieredstore:
          levels:
          - {level: 0, alias: SSD, mediumtype: "SSD,SSD", path: "/mnt/a,/mnt/b", quota: "1GB,1GB", type: persistentVolumeClaim, name: %s}
        """;

    assertThat(errors(ChartLine.V0_6, twoPaths.formatted("only-one"))).containsExactly(
        "config.yaml:5:5: error: tieredstore.levels[0]: a persistentVolumeClaim tier needs one claim name in 'name' per path");
    assertThat(read(ChartLine.V0_6, twoPaths.formatted("\"c-a,c-b\"")).cluster().spec().tieredStore().levels().get(0)
        .directories()).extracting(d -> d.volume().orElseThrow().claimName().orElseThrow()).containsExactly("c-a", "c-b");
  }
}
