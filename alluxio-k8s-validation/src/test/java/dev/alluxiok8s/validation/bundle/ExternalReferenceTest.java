package dev.alluxiok8s.validation.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ExternalReferenceTest {

  @Test
  void parsesKindSlashName() {
    assertThat(ExternalReference.parse("Secret/s3-credentials")).isEqualTo(ExternalReference.secret("s3-credentials"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Secret", "Secret/", "/name", "Deployment/web", "secret/s3"})
  void refusesAnythingElseNamingTheKinds(String text) {
    assertThatThrownBy(() -> ExternalReference.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"" + text + "\" is not Kind/name with a kind of ConfigMap, PersistentVolumeClaim, Secret,"
            + " Service, ServiceAccount, for example Secret/s3-credentials");
  }
}
