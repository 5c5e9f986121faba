package dev.alluxiok8s.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which chart line a file is read as, the size bound of a file, and the order problems and warnings come in. */
class ImportOrderTest {

  private static final String UFS = "properties:\n  alluxio.master.mount.table.root.ufs: hdfs://nn:8020/alluxio\n";

  private static List<String> lines(List<dev.alluxiok8s.kube.diagnostic.Diagnostic> found) {
    return found.stream().map(d -> DiagnosticFormat.line(d, "")).toList();
  }

  private static HelmImport read(String yaml) throws HelmValuesException {
    return HelmValuesImport.create().read("config.yaml", (UFS + yaml).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void jvmOptionsWrittenAsAListMarkAFileOfChart06AndAsAStringTellNothing() throws Exception {
    HelmImport list = read("jvmOptions: [-XX:+UseG1GC]\n");
    HelmImport string = read("jvmOptions: -XX:+UseG1GC\n");

    assertThat(list.chartLine()).isEqualTo(ChartLine.V0_6);
    assertThat(lines(list.warnings())).noneSatisfy(w -> assertThat(w).contains("no key tells"));
    assertThat(string.chartLine()).isEqualTo(ChartLine.V0_5);
    assertThat(lines(string.warnings())).anySatisfy(w -> assertThat(w).startsWith(
        "config.yaml:1:1: warning: no key tells chart 0.5.x from 0.6.x apart"));
  }

  @Test
  void jvmOptionsAsAListBesideAKeyOfChart05MakeAMixedFileReadAs05() throws Exception {
    HelmImport mixed = read("domainHostPath: /var/run/alluxio\njvmOptions: [-XX:+UseG1GC]\n");

    assertThat(mixed.chartLine()).isEqualTo(ChartLine.V0_5);
    assertThat(lines(mixed.warnings())).anySatisfy(w -> assertThat(w).startsWith(
        "config.yaml:1:1: warning: the file mixes keys of chart 0.5.x (domainHostPath) and 0.6.x (jvmOptions); "
            + "it is read as 0.5.x"));
  }

  @Test
  void errorsComeInFileOrderByLineThenColumn() {
    assertThatThrownBy(() -> HelmValuesImport.create().chartLine(ChartLine.V0_5).read("config.yaml",
        (UFS + "worker: {args: [x], bogus: 1}\n").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(HelmValuesException.class, e -> assertThat(lines(e.diagnostics()))
            .extracting(l -> l.substring(0, l.indexOf(": error")))
            .containsExactly("config.yaml:3:10", "config.yaml:3:21"));
  }

  @Test
  void warningsComeInFileOrderByLineThenColumn() throws Exception {
    HelmImport imported = HelmValuesImport.create().chartLine(ChartLine.V0_5).read("config.yaml",
        (UFS + "fuse: {group: 5, user: 7}\nnameOverride: x\n").getBytes(StandardCharsets.UTF_8));

    assertThat(lines(imported.warnings())).extracting(l -> l.substring(0, l.indexOf(": warning")))
        .containsSubsequence("config.yaml:1:1", "config.yaml:3:8", "config.yaml:3:18", "config.yaml:4:1");
  }

  @Test
  void aFileOfExactlyTheByteLimitIsReadAndOneByteMoreIsRefused(@TempDir Path dir) throws Exception {
    byte[] content = (UFS + "nameOverride: x\n").getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("values.yaml"), content);
    HelmValuesImport exact = HelmValuesImport.create().withLimits(new ReadLimits(content.length, 32, 1024));
    HelmValuesImport tooSmall = HelmValuesImport.create().withLimits(new ReadLimits(content.length - 1, 32, 1024));

    assertThat(exact.read("config.yaml", content).chartLine()).isEqualTo(ChartLine.V0_5);
    assertThat(exact.read(file).chartLine()).isEqualTo(ChartLine.V0_5);
    String refused = "error: the file has " + content.length + " bytes; a values file may have at most " + (content.length - 1);
    assertThatThrownBy(() -> tooSmall.read("config.yaml", content)).isInstanceOfSatisfying(HelmValuesException.class,
        e -> assertThat(lines(e.diagnostics())).containsExactly("config.yaml:1:1: " + refused));
    assertThatThrownBy(() -> tooSmall.read(file)).isInstanceOfSatisfying(HelmValuesException.class,
        e -> assertThat(lines(e.diagnostics())).containsExactly(file + ":1:1: " + refused));
  }
}
