package dev.alluxiok8s.helm.mapping;

import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.errors;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.mount.ClaimMount;
import org.junit.jupiter.api.Test;

/** The chart's {@code mounts} onto spec.claimMounts and 0.6.x's {@code configmaps} onto spec.configMaps. */
class MountsImportTest {

  @Test
  void mountsBecomeClaimMountsOnBothLines() throws Exception {
    for (ChartLine line : ChartLine.values()) {
      ClusterSpec spec = read(line, "mounts:\n- name: shared-jars\n  path: /opt/extra-jars\n- name: data\n  path: /mnt/data\n")
          .cluster().spec();
      assertThat(spec.claimMounts()).containsExactly(ClaimMount.of("shared-jars", "/opt/extra-jars"),
          ClaimMount.of("data", "/mnt/data"));
    }
  }

  @Test
  void configmapsBecomeConfigMapsPerRole() throws Exception {
    ClusterSpec spec = read(ChartLine.V0_6, """
        configmaps:
          master:
            hadoop-conf: hadoopConfig
          worker:
            hadoop-conf: hadoopConfig
          logserver:
            log-extra: log
        """).cluster().spec();
    assertThat(spec.configMaps().master()).containsExactly(java.util.Map.entry("hadoop-conf", "hadoopConfig"));
    assertThat(spec.configMaps().worker()).containsExactly(java.util.Map.entry("hadoop-conf", "hadoopConfig"));
    assertThat(spec.configMaps().logServer()).containsExactly(java.util.Map.entry("log-extra", "log"));
  }

  @Test
  void everyBadMountIsReportedAtItsKey() {
    assertThat(errors(ChartLine.V0_6, """
        mounts:
        - name: Bad_Claim
          path: /mnt/a
        - name: b
          path: /journal/inside
        - name: c
        - just-a-string
        configmaps:
          worker:
            Bad_Name: conf
        """)).containsExactlyInAnyOrder(
        "config.yaml:4:3: error: mounts[0].name: \"Bad_Claim\" is not a claim name (lower-case letters, digits, '-' and '.', "
            + "at most 253) (spec.claimMounts[0].claimName)",
        "config.yaml:8:3: error: mounts[2]: a mount needs name (the claim) and path (where the containers see it)",
        "config.yaml:9:3: error: mounts[3]: expected a mapping of name, path, got a scalar",
        "config.yaml:12:5: error: configmaps.worker.Bad_Name: \"Bad_Name\" is not a ConfigMap name (lower-case letters, "
            + "digits, '-' and '.') (spec.configMaps.worker.Bad_Name)");
  }

  @Test
  void aClaimOverOneOfOurDirectoriesIsReportedAtItsPath() {
    assertThat(errors(ChartLine.V0_6, "mounts:\n- name: b\n  path: /journal/inside\n")).singleElement().asString()
        .startsWith("config.yaml:5:3: error: mounts[0].path: \"/journal/inside\" is the same directory as, or nested with, "
            + "spec.journal.folder");
  }
}
