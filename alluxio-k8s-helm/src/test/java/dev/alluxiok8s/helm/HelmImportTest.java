package dev.alluxiok8s.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What an import hands back besides the cluster: its generated Secret, looked up by name, and texts that name no credential. */
class HelmImportTest {

  private static final String WITH_CREDENTIALS = """
      fullnameOverride: lake
      properties:
        alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio
        aws.secretKey: wJalrXUtnFEMIexample
        aws.accessKeyId: AKIDEXAMPLE
      """;

  private static HelmImport read(String yaml) throws HelmValuesException {
    return HelmValuesImport.create().chartLine(ChartLine.V0_6).read("config.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theGeneratedSecretIsListedAndFoundByItsNameOnly() throws Exception {
    HelmImport imported = read(WITH_CREDENTIALS);

    assertThat(imported.generatedSecrets()).extracting(GeneratedSecret::name).containsExactly("lake-ufs-credentials");
    assertThat(imported.generatedSecret("lake-ufs-credentials")).isPresent();
    assertThat(imported.generatedSecret("alluxio-ufs-credentials")).isEmpty();
    assertThat(read("properties:\n  alluxio.master.mount.table.root.ufs: s3a://analytics/alluxio\n").generatedSecrets())
        .isEmpty();
  }

  @Test
  void theTextsOfAnImportAndItsSecretNameTheirPartsButNoCredential() throws Exception {
    HelmImport imported = read(WITH_CREDENTIALS);
    GeneratedSecret secret = imported.generatedSecret("lake-ufs-credentials").orElseThrow();

    assertThat(imported).hasToString("HelmImport[lake, chart 0.6, 1 generated Secret(s), "
        + imported.warnings().size() + " warning(s)]");
    assertThat(imported.warnings()).isNotEmpty();
    assertThat(secret).hasToString("GeneratedSecret[lake-ufs-credentials, keys [aws.accessKeyId, aws.secretKey]]");
  }
}
