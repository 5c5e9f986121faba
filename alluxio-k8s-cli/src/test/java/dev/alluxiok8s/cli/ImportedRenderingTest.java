package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.helm.HelmValuesImport;
import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.render.naming.Naming;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Secret data and the chart's journal claim an import gives, once rendered. */
class ImportedRenderingTest {

  /** The guide's S3 example with its placeholders filled in, and {@code more} keys. */
  private static HelmImport guide(String more) throws Exception {
    String yaml = "properties:\n  alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio\n"
        + "  aws.accessKeyId: AKIDEXAMPLE\n  aws.secretKey: wJalrXUtnFEMIexample\n" + more;
    return HelmValuesImport.create().read("config.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theGeneratedSecretIsRenderedBeforeTheWorkloadsAndTheConfigMapOnlyReferencesIt() throws Exception {
    HelmImport imported = guide("");
    String yaml = ImportedRendering.rendererBuilder(imported, Naming.modern()).build().render(imported.cluster()).stream();
    assertThat(yaml.indexOf("kind: Secret")).isPositive().isLessThan(yaml.indexOf("kind: StatefulSet"));
    assertThat(yaml).contains("-Daws.secretKey=${UFS_CREDENTIAL_AWS_SECRETKEY}");
    assertThat(yaml.indexOf("wJalrXUtnFEMIexample")).isGreaterThan(yaml.indexOf("kind: Secret"))
        .isLessThan(yaml.indexOf("kind: Service"));
  }

  @Test
  void theSecretHasItsOwnFileInTheKubectlLayout() throws Exception {
    HelmImport imported = guide("");
    assertThat(ImportedRendering.rendererBuilder(imported, ImportedRendering.naming(imported, true)).build()
        .render(imported.cluster()).files(Layout.KUBECTL))
        .containsKeys("alluxio-ufs-credentials-secret.yaml", "alluxio-configmap.yaml", "master/alluxio-master-journal-pvc.yaml")
        .hasEntrySatisfying("alluxio-ufs-credentials-secret.yaml", yaml -> assertThat(yaml)
            .contains("app.kubernetes.io/component: credentials").contains("type: Opaque"))
        .hasEntrySatisfying("master/alluxio-master-journal-pvc.yaml", yaml -> assertThat(yaml)
            .contains("name: alluxio-pv-claim").contains("ReadWriteMany").contains("storageClassName: standard"));
  }

  @Test
  void theChartNamesUseTheJournalClaimOfTheImportAndTheModernOnesDoNot() throws Exception {
    HelmImport imported = guide("journal:\n  pvcName: journal-claim\n");
    assertThat(ImportedRendering.naming(imported, true)).isEqualTo(Naming.chart("journal-claim"));
    assertThat(ImportedRendering.naming(imported, false)).isEqualTo(Naming.modern());
  }
}
