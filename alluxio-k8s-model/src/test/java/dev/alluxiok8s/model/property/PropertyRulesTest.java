package dev.alluxiok8s.model.property;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.found;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PropertyRulesTest {

  private static final String CREDENTIAL = "looks like a credential; literal credentials end up in a ConfigMap. "
      + "Reference a Kubernetes Secret instead (spec.underStorage.credentials)";

  private static final String NOT_A_KEY = " is not an Alluxio property key (example: alluxio.user.file.writetype.default)";
  private static final String WHITE_SPACE = "the value may not contain white space: Alluxio splits its Java options on spaces";

  private static List<Diagnostic> propertyProblems(Map<String, String> properties) {
    return found(p -> PropertyRules.checkProperties(p, "properties", new TreeMap<>(properties)));
  }

  private static List<Diagnostic> optionProblems(String... options) {
    return found(p -> PropertyRules.checkJvmOptions(p, "jvmOptions", List.of(options)));
  }

  @Test
  void acceptsOrdinaryProperties() {
    assertThat(propertyProblems(Map.of("alluxio.user.file.writetype.default", "CACHE_THROUGH",
        "alluxio.security.stale.channel.purge.interval", "365d", "fs.s3a.endpoint", "http://minio:9000", "empty", "")))
        .isEmpty();
  }

  @Test
  void refusesKeysThatAreNotPropertyKeys() {
    assertThat(propertyProblems(Map.of("alluxio user", "x", ".hidden", "y"))).containsExactly(
        problem("properties.\".hidden\"", "\".hidden\"" + NOT_A_KEY),
        problem("properties.\"alluxio user\"", "\"alluxio user\"" + NOT_A_KEY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"aws.secretKey", "aws.accessKeyId", "fs.azure.account.key.x.blob.core.windows.net",
      "alluxio.security.login.impersonation.password", "db.passwd", "fs.cos.access.key", "gcs.credential.path",
      "fs.oss.token", "alluxio.master.keytab.file", "SECRET"})
  void refusesCredentialsWithoutRepeatingTheirValues(String key) {
    assertThat(PropertyRules.looksLikeCredential(key)).isTrue();
    List<Diagnostic> problems = propertyProblems(Map.of(key, "AKIAVERYSECRET"));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).isEqualTo(CREDENTIAL).doesNotContain("AKIAVERYSECRET");
  }

  @Test
  void refusesWhiteSpaceInValuesBecauseAlluxioSplitsItsJavaOptsOnIt() {
    assertThat(propertyProblems(Map.of("alluxio.user.app.id", "my app", "alluxio.tabbed", "a\tb"))).containsExactly(
        problem("properties.\"alluxio.tabbed\"", WHITE_SPACE), problem("properties.\"alluxio.user.app.id\"", WHITE_SPACE));
  }

  @Test
  void acceptsOneJvmOptionPerItem() {
    assertThat(optionProblems("-Xmx4g", "-XX:MaxDirectMemorySize=2g", "-Dalluxio.user.app.id=x")).isEmpty();
    assertThatCode(() -> optionProblems()).doesNotThrowAnyException();
  }

  @Test
  void refusesJvmOptionsThatAlluxioWouldSplitOrMisread() {
    assertThat(optionProblems("", "-Xms1g -Xmx4g", "Xmx4g")).containsExactly(
        problem("jvmOptions[0]", "\"\" must be one non-empty option without white space; give each option its own list item"),
        problem("jvmOptions[1]", "\"-Xms1g -Xmx4g\" must be one non-empty option without white space; give each option its own list item"),
        problem("jvmOptions[2]", "\"Xmx4g\" is not a JVM option (it must start with '-', e.g. -Xmx4g)"));
  }

  @Test
  void refusesCredentialsInJvmOptionsWithoutQuotingThem() {
    assertThat(optionProblems("-Daws.secretKey=AKIAVERYSECRET", "-Daws.secretKey=AKIA VERYSECRET", "aws.secretKey=AKIAVERYSECRET"))
        .containsExactly(problem("jvmOptions[0]", CREDENTIAL), problem("jvmOptions[1]", CREDENTIAL),
            problem("jvmOptions[2]", CREDENTIAL));
  }
}
