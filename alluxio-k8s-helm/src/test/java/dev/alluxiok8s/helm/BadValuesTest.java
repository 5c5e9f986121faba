package dev.alluxiok8s.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken values files fail with a {@link HelmValuesException} whose every problem has a position
 * and a key, never with another exception: the file is user input.
 */
class BadValuesTest {

  private static final String ROOT = "properties:\n  alluxio.master.mount.table.root.ufs: s3a://b\n";

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "# only a comment\n",
      ROOT + "master:\n  count: 0\n",
      ROOT + "master:\n  count: 99999999999\n",
      ROOT + "user: -1\n",
      ROOT + "journal:\n  folder: relative/journal\n",
      ROOT + "journal:\n  folder: hdfs://nn:8020/j\n  type: EMBEDDED\n",
      ROOT + "tieredstore:\n  levels:\n  - 5\n",
      ROOT + "tieredstore:\n  levels:\n  - mediumtype: MEM\n    path: /dev/shm\n    quota: lots\n",
      ROOT + "tieredstore:\n  levels:\n  - mediumtype: RAM\n    path: /dev/shm\n",
      ROOT + "tieredstore:\n  levels:\n  - mediumtype: MEM\n    path: /dev/shm\n  - mediumtype: SSD\n    path: /dev/shm\n",
      ROOT + "tieredstore:\n  levels:\n  - mediumtype: MEM\n    path: /dev/shm\n    high: 0.5\n    low: 0.9\n",
      ROOT + "fullnameOverride: Not_A_Name\n",
      ROOT + "master:\n  nodeSelector:\n    disk: [ssd]\n",
      ROOT + "worker:\n  resources:\n    limits:\n      cpu: lots\n",
      ROOT + "worker:\n  resources:\n    requests:\n      memory: 8G\n",
      ROOT + "imagePullSecrets:\n- name: Bad_Name\n",
      ROOT + "hostAliases:\n- ip: not-an-ip\n  hostnames: [nn]\n",
      ROOT + "hostAliases:\n- just-a-string\n",
      ROOT + "secrets:\n  master:\n    alluxio-hdfs-config: ../etc\n",
      ROOT + "worker:\n  resources:\n    ports:\n      rpc: 70000\n",
      ROOT + "image: not an image\n",
      ROOT + "imageTag: latest\n",
      ROOT + "master:\n  properties:\n    bad key: x\n",
      ROOT + "jvmOptions: Xmx4g\n",
      ROOT + "properties: [a, b]\n",
      "properties:\n  alluxio.master.mount.table.root.ufs: [s3a://b]\n",
      // Found by HelmValuesReaderFuzzTest: a root left null (unset, as Helm reads it) once escaped as a NullPointerException.
      "properties:\n  alluxio.master.mount.table.root.ufs:\n",
      "properties:\n  alluxio.master.mount.table.root.ufs: s3a://b\n  alluxio.master.metastore: ROCKS\n"
          + "  alluxio.master.metastore.dir: /journal/meta\n",
      ROOT + "fuse:\n  args: [fuse, --debug]\n",
      ROOT + "master:\n  dnsPolicy: Sometimes\n",
      "? [a]\n: b\n",
      "a:\n  b:\n    c: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
  })
  void failsWithPositionedProblemsOnly(String yaml) {
    Throwable thrown = catchThrowable(() -> HelmValuesImport.create().chartLine(ChartLine.V0_5)
        .read("bad.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    assertThat(thrown).as(yaml).isInstanceOf(HelmValuesException.class);
    for (Diagnostic p : ((HelmValuesException) thrown).diagnostics()) {
      assertThat(p.location().orElseThrow().file()).isEqualTo("bad.yaml");
      assertThat(p.location().orElseThrow().line()).isPositive();
      assertThat(p.message()).isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00ff\u00fe", "properties:\n  x: \u00e9"})
  void invalidUtf8IsAProblemToo(String latin1) {
    Throwable thrown = catchThrowable(() -> HelmValuesImport.create()
        .read("bad.yaml", latin1.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(thrown).isInstanceOf(HelmValuesException.class).hasMessageContaining("not valid UTF-8");
  }

  @Test
  void aBadByteOnLineThreeIsReportedThere() {
    byte[] bytes = "master:\n  count: 1\n  env: \u00e9x\n".getBytes(StandardCharsets.ISO_8859_1);
    Throwable thrown = catchThrowable(() -> HelmValuesImport.create().read("three.yaml", bytes));
    assertThat(thrown).isInstanceOfSatisfying(HelmValuesException.class, e -> {
      assertThat(e.diagnostics()).hasSize(1);
      assertThat(e.diagnostics().get(0).location()).contains(new SourceLocation("three.yaml", 3, 8));
      assertThat(e.diagnostics().get(0).message()).isEqualTo("the file is not valid UTF-8 (byte 26); save it as UTF-8");
    });
  }

  /** Chart 0.6.x can switch masters and workers off; a cluster without them is refused at the switch. */
  @Test
  void mastersAndWorkersCannotBeSwitchedOff() {
    String yaml = ROOT + "master:\n  enabled: false\nworker:\n  enabled: false\n";
    Throwable thrown = catchThrowable(() -> HelmValuesImport.create().chartLine(ChartLine.V0_6)
        .read("off.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    assertThat(thrown).isInstanceOfSatisfying(HelmValuesException.class, e -> assertThat(e.diagnostics())
        .extracting(d -> d.location().orElseThrow().line() + " " + d.message())
        .contains((ROOT.split("\n").length + 2) + " a cluster without masters is not supported",
            (ROOT.split("\n").length + 4) + " a cluster without workers is not supported"));
  }
}
