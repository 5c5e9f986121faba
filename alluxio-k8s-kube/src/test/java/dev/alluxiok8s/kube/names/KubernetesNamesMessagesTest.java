package dev.alluxiok8s.kube.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each name check's messages, worded as the API server words them, every problem at once. */
class KubernetesNamesMessagesTest {

  @Test
  void aServiceNameStartsWithALetter() {
    assertThat(KubernetesNames.dns1035Label("alluxio-master-0")).isEmpty();
    assertThat(KubernetesNames.dns1035Label("0-master")).containsExactly("a DNS-1035 label must consist of lower case"
        + " alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character"
        + " (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')");
  }

  @Test
  void aTooLongNameIsToldItsLengthAndItsFormat() {
    assertThat(KubernetesNames.dns1035Label("-".repeat(64))).hasSize(2)
        .first().isEqualTo("must be no more than 63 characters");
  }

  @Test
  void rbacNamesAreAnyPathSegment() {
    assertThat(KubernetesNames.pathSegmentName("alluxio:reader")).isEmpty();
    assertThat(KubernetesNames.pathSegmentName(".")).containsExactly("may not be '.'");
    assertThat(KubernetesNames.pathSegmentName("..")).containsExactly("may not be '..'");
    assertThat(KubernetesNames.pathSegmentName("a/b%c")).containsExactly("may not contain '/'", "may not contain '%'");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({"rpc", "web-ui", "p8", "a23456789012345"})
  void portNamesThatTheApiServerTakes(String name) {
    assertThat(KubernetesNames.portName(name)).isEmpty();
  }

  @Test
  void portNamesAreShortLowercaseAndHaveALetter() {
    assertThat(KubernetesNames.portName("a234567890123456")).containsExactly("must be no more than 15 characters");
    assertThat(KubernetesNames.portName("Rpc")).containsExactly(
        "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    assertThat(KubernetesNames.portName("web--ui")).containsExactly("must not contain consecutive hyphens");
    assertThat(KubernetesNames.portName("-rpc")).containsExactly("must not begin or end with a hyphen");
    assertThat(KubernetesNames.portName("rpc-")).containsExactly("must not begin or end with a hyphen");
    assertThat(KubernetesNames.portName("19998")).containsExactly("must contain at least one letter (a-z)");
  }

  @Test
  void envVarNamesMayNotStartWithADigitOrBeDots() {
    assertThat(KubernetesNames.envVarName("ALLUXIO_JAVA_OPTS")).isEmpty();
    assertThat(KubernetesNames.envVarName("1X")).singleElement().asString()
        .startsWith("a valid environment variable name must consist of alphabetic characters");
    assertThat(KubernetesNames.envVarName(".")).containsExactly("must not be '.'");
    assertThat(KubernetesNames.envVarName("..")).containsExactly("must not be '..'");
    assertThat(KubernetesNames.envVarName("..x")).containsExactly("must not start with '..'");
  }

  @Test
  void relaxedEnvVarNamesArePrintableAsciiWithoutEquals() {
    String message = "a valid environment variable name must consist only of printable ASCII characters other than '='";
    assertThat(KubernetesNames.relaxedEnvVarName("1 weird~name")).isEmpty();
    assertThat(KubernetesNames.relaxedEnvVarName(" ~")).isEmpty();
    assertThat(KubernetesNames.relaxedEnvVarName("")).containsExactly(message);
    assertThat(KubernetesNames.relaxedEnvVarName("A=B")).containsExactly(message);
    assertThat(KubernetesNames.relaxedEnvVarName("A\u001fB")).containsExactly(message);
    assertThat(KubernetesNames.relaxedEnvVarName("A\u007fB")).containsExactly(message);
    assertThat(KubernetesNames.relaxedEnvVarName("Aé")).containsExactly(message);
  }

  @Test
  void configKeysAreFileNamesThatAreNotDots() {
    assertThat(KubernetesNames.isConfigKey("alluxio-site.properties")).isTrue();
    assertThat(KubernetesNames.isConfigKey("..data")).isFalse();
    assertThat(KubernetesNames.configMapKey("a b")).containsExactly("a valid config key must consist of alphanumeric"
        + " characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation"
        + " is '[-._a-zA-Z0-9]+')");
    assertThat(KubernetesNames.configMapKey("k".repeat(254))).containsExactly("must be no more than 253 characters");
  }

  @Test
  void aLabelKeyTellsWhichPartIsWrong() {
    assertThat(KubernetesNames.qualifiedName("/disk")).containsExactly("prefix part must be non-empty");
    assertThat(KubernetesNames.qualifiedName("example.com/")).containsExactly("name part must be non-empty");
    assertThat(KubernetesNames.qualifiedName("example.com/" + "a".repeat(64)))
        .containsExactly("name part must be no more than 63 characters");
    assertThat(KubernetesNames.qualifiedName("Example.com/disk")).singleElement().asString()
        .startsWith("prefix part a lowercase RFC 1123 subdomain must consist of");
    assertThat(KubernetesNames.qualifiedName("a/b/c")).singleElement().asString()
        .startsWith("a qualified name must consist of alphanumeric characters")
        .endsWith(" with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
  }
}
