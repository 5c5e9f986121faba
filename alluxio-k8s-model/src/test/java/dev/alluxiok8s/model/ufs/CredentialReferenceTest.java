package dev.alluxiok8s.model.ufs;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialReferenceTest {

  @Test
  void namesAPropertyAndTheSecretKeyThatHoldsIt() {
    CredentialReference ref = CredentialReference.of("aws.secretKey", "alluxio-s3", "secret_key.v1");
    assertThat(ref.secretName()).isEqualTo("alluxio-s3");
  }

  @Test
  void refusesMalformedPropertySecretAndKey() {
    assertThat(problemsOf("CredentialReference", () -> CredentialReference.of("aws secret", "Alluxio_S3", "a/b")))
        .containsExactly(
            problem("property", "\"aws secret\" is not an Alluxio property key (example: aws.secretKey)"),
            problem("secretName", "\"Alluxio_S3\" is not a Secret name (lower-case letters, digits, '-' and '.')"),
            problem("key", "\"a/b\" is not a Secret key (letters, digits, '-', '_' and '.')"));
  }

  @Test
  void refusesSecretKeysThatEscapeTheirDirectory() {
    assertThat(problemsOf("CredentialReference", () -> CredentialReference.of("aws.secretKey", "s", "..key")))
        .containsExactly(problem("key", "\"..key\" is not a Secret key (letters, digits, '-', '_' and '.')"));
    assertThat(problemsOf("CredentialReference", () -> CredentialReference.of("aws.secretKey", "s", "k".repeat(254))))
        .extracting(p -> p.path()).containsExactly("key");
  }
}
