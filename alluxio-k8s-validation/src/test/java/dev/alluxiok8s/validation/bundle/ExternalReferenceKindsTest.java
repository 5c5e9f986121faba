package dev.alluxiok8s.validation.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each kind an object of the set may reference from outside it, declared in code or as command lines write it. */
class ExternalReferenceKindsTest {

  @Test
  void eachFactoryDeclaresItsKind() {
    assertThat(ExternalReference.configMap("settings")).isEqualTo(ExternalReference.parse("ConfigMap/settings"));
    assertThat(ExternalReference.persistentVolumeClaim("journal"))
        .isEqualTo(ExternalReference.parse("PersistentVolumeClaim/journal"));
    assertThat(ExternalReference.serviceAccount("reader")).isEqualTo(ExternalReference.parse("ServiceAccount/reader"));
    assertThat(ExternalReference.service("masters")).isEqualTo(ExternalReference.parse("Service/masters"));
    assertThat(ExternalReference.secret("s3")).isEqualTo(ExternalReference.parse("Secret/s3"));
  }
}
