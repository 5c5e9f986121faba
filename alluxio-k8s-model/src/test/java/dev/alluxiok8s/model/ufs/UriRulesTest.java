package dev.alluxiok8s.model.ufs;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UriRulesTest {

  private static List<Diagnostic> check(String value) {
    return found(p -> UriRules.checkUri(p, "rootUri", value, "s3a://bucket/path"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3a://my-bucket/alluxio/", "hdfs://namenode:8020/alluxio", "gs://bucket", "/mnt/nfs", "wasbs://c@a.blob.core.windows.net/"})
  void acceptsUrisAndAbsolutePaths(String value) {
    assertThat(check(value)).isEmpty();
  }

  @Test
  void refusesTheGuidesPlaceholders() {
    assertThat(check("<under_storage_address>")).containsExactly(problem("rootUri",
        "\"<under_storage_address>\" still holds a placeholder (<under_storage_address>); replace it with a real location, e.g. s3a://bucket/path"));
    assertThat(check("s3a://<bucket>/<folder>")).containsExactly(problem("rootUri",
        "\"s3a://<bucket>/<folder>\" still holds a placeholder (<bucket>); replace it with a real location, e.g. s3a://bucket/path"));
  }

  @Test
  void refusesEmptyValuesAndValuesWithoutScheme() {
    assertThat(check(" ")).containsExactly(problem("rootUri", "must not be empty; expected s3a://bucket/path"));
    assertThat(check("bucket/alluxio")).containsExactly(problem("rootUri", "\"bucket/alluxio\" has no scheme; expected s3a://bucket/path"));
  }

  @Test
  void refusesTextThatIsNotAUri() {
    assertThat(check("s3a://my bucket")).containsExactly(problem("rootUri",
        "\"s3a://my bucket\" is not a URI (Illegal character in authority at index 6); expected s3a://bucket/path"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3a://AKIAXX:hunter2@my-bucket/", "hdfs://alice:pw@namenode:8020/", "gs://:token@bucket"})
  void refusesAPasswordInTheUriWithoutRepeatingIt(String value) {
    assertThat(check(value)).singleElement().satisfies(d -> {
      assertThat(d.message()).startsWith("carries user information before '@' (user:password@)");
      assertThat(d.message()).doesNotContain("hunter2").doesNotContain("pw@").doesNotContain("token");
    });
  }

  @Test
  void refusesShellCharactersBeforeAnythingElse() {
    assertThat(check("s3a://bucket/$(reboot)")).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("may not contain '$' (U+0024)"));
  }
}
