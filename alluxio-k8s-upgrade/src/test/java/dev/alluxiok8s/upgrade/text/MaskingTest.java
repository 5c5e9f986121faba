package dev.alluxiok8s.upgrade.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void aSecretsValuesAreHiddenAndTheNewSideSaysWhichChanged() {
    Map<String, Object> before = Map.of("kind", "Secret", "data", Map.of("a", "b2xk", "b", "c2FtZQ=="));
    Map<String, Object> after = Map.of("kind", "Secret", "data", Map.of("a", "bmV3", "b", "c2FtZQ=="));

    assertThat(Masking.mask(before, after, false).get("data")).isEqualTo(Map.of("a", "(hidden)", "b", "(hidden)"));
    assertThat(Masking.mask(after, before, true).get("data")).isEqualTo(Map.of("a", "(hidden, changed)", "b", "(hidden)"));
  }

  @Test
  void credentialAssignmentsInJavaOptionsAreHiddenButReferencesAndOtherPropertiesAreNot() {
    String text = "-Dalluxio.master.hostname=m0 -Daws.secretKey=ABC -Daws.accessKeyId=${UFS_KEY}";

    assertThat(Masking.maskText(text, text, true))
        .isEqualTo("-Dalluxio.master.hostname=m0 -Daws.secretKey=(hidden) -Daws.accessKeyId=${UFS_KEY}");
    assertThat(Masking.maskText(text, text.replace("ABC", "XYZ"), true)).contains("-Daws.secretKey=(hidden, changed)");
  }

  @Test
  void envValuesNamedLikeCredentialsAreHidden() {
    Map<String, Object> env = Map.of("env", List.of(Map.of("name", "DB_PASSWORD", "value", "hunter2")));

    assertThat(Masking.mask(env, Map.of(), false).toString()).doesNotContain("hunter2").contains("(hidden)");
  }
}
