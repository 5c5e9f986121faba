package dev.alluxiok8s.upgrade.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which assignments in text and which env values count as credentials, and which only point at one. */
class MaskingTextTest {

  @Test
  void everyNameOfACredentialIsHidden() {
    String text = "-Ddb.password=a -Ddb.passwd=b -Dx.secret=c -Dfs.oss.accessKeyId=d -Dapi.token=e"
        + " -Dgcp.credential=f -Dx.api-key=g -Dtls.private_key=h -Dx.port=19998";

    assertThat(Masking.maskText(text, "", false)).isEqualTo("-Ddb.password=(hidden) -Ddb.passwd=(hidden)"
        + " -Dx.secret=(hidden) -Dfs.oss.accessKeyId=(hidden) -Dapi.token=(hidden) -Dgcp.credential=(hidden)"
        + " -Dx.api-key=(hidden) -Dtls.private_key=(hidden) -Dx.port=19998");
  }

  @Test
  void assignmentsWithoutDashDAreHiddenToo() {
    assertThat(Masking.maskText("aws.secretKey=abc", "", false)).isEqualTo("aws.secretKey=(hidden)");
    assertThat(Masking.maskText("x\taws.secretKey=abc", "", false)).isEqualTo("x\taws.secretKey=(hidden)");
  }

  @Test
  void aCredentialAssignedInsideAnotherAssignmentIsHidden() {
    assertThat(Masking.maskText("JAVA_OPTS=-Daws.secretKey=abc", "", false)).isEqualTo("JAVA_OPTS=-Daws.secretKey=(hidden)");
    assertThat(Masking.maskText("ALLUXIO_JAVA_OPTS=-Dx.port=1", "", false)).isEqualTo("ALLUXIO_JAVA_OPTS=-Dx.port=1");
    assertThat(Masking.maskText("JAVA_OPTS=-Daws.secretKey=new", "JAVA_OPTS=-Daws.secretKey=old", true))
        .isEqualTo("JAVA_OPTS=-Daws.secretKey=(hidden, changed)");
  }

  @Test
  void aQuotedCredentialKeepsItsClosingQuote() {
    assertThat(Masking.maskText("opts='-Daws.secretKey=abc' x=1", "", false)).isEqualTo("opts='-Daws.secretKey=(hidden)' x=1");
    assertThat(Masking.maskText("\"aws.secretKey=abc\"", "", false)).isEqualTo("\"aws.secretKey=(hidden)\"");
  }

  @Test
  void referencesToACredentialElsewhereStayReadable() {
    String text = "-Daws.secretKey=${SECRET} -Dx.token=$(TOKEN) -Dtls.private-key=/etc/tls/key.pem";

    assertThat(Masking.maskText(text, "", true)).isEqualTo(text);
  }

  @Test
  void theNewSideSaysChangedOnlyWhereTheOldSidesValueDiffers() {
    String before = "-Daws.accessKeyId=A -Daws.secretKey=S";

    assertThat(Masking.maskText("-Daws.accessKeyId=A -Daws.secretKey=T", before, true))
        .isEqualTo("-Daws.accessKeyId=(hidden) -Daws.secretKey=(hidden, changed)");
    assertThat(Masking.maskText("-Daws.accessKeyId=A -Daws.secretKey=T", before, false))
        .isEqualTo("-Daws.accessKeyId=(hidden) -Daws.secretKey=(hidden)");
    // A credential the old side did not have at all is a change as well.
    assertThat(Masking.maskText("-Daws.secretKey=S", "-Dalluxio.x=1", true)).isEqualTo("-Daws.secretKey=(hidden, changed)");
  }

  @Test
  void aSecretsStringDataIsHiddenAndItsOtherFieldsAreNot() {
    Map<String, Object> before = Map.of("kind", "Secret", "metadata", Map.of("name", "s3"), "stringData", Map.of("key", "old"));
    Map<String, Object> after = Map.of("kind", "Secret", "metadata", Map.of("name", "s3"), "stringData", Map.of("key", "new"),
        "type", "Opaque");

    Map<String, Object> shown = Masking.mask(after, before, true);

    assertThat(shown.get("stringData")).isEqualTo(Map.of("key", "(hidden, changed)"));
    assertThat(shown.get("metadata")).isEqualTo(Map.of("name", "s3"));
    assertThat(shown.get("type")).isEqualTo("Opaque");
    // Only a Secret's data is hidden as a whole: a ConfigMap's stays readable.
    assertThat(Masking.mask(Map.of("kind", "ConfigMap", "data", Map.of("key", "v")), Map.of(), true).get("data"))
        .isEqualTo(Map.of("key", "v"));
  }

  @Test
  void anEnvValueIsComparedWithTheSameItemOnTheOtherSide() {
    Map<String, Object> before = Map.of("env", List.of(Map.of("name", "A_TOKEN", "value", "1"), Map.of("name", "B_TOKEN", "value", "2")));
    Map<String, Object> after = Map.of("env", List.of(Map.of("name", "A_TOKEN", "value", "1"), Map.of("name", "B_TOKEN", "value", "3"),
        Map.of("name", "C_TOKEN", "value", "4"), Map.of("name", "PLAIN", "value", "5")));

    assertThat(Masking.mask(after, before, true).get("env")).isEqualTo(List.of(
        Map.of("name", "A_TOKEN", "value", "(hidden)"), Map.of("name", "B_TOKEN", "value", "(hidden, changed)"),
        Map.of("name", "C_TOKEN", "value", "(hidden, changed)"), Map.of("name", "PLAIN", "value", "5")));
  }

  @Test
  void anEnvEntryTakingItsValueFromASecretHasNothingToHide() {
    Map<String, Object> env = Map.of("name", "AWS_SECRET", "valueFrom", Map.of("secretKeyRef", Map.of("name", "s3", "key", "k")));

    assertThat(Masking.mask(env, Map.of(), true)).isEqualTo(env);
  }
}
