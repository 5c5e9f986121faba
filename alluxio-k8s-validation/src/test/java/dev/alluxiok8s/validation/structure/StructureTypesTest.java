package dev.alluxiok8s.validation.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.JavaApiWording;
import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the structure check says about a value of the wrong type, field by field, as the API server would. */
class StructureTypesTest {

  /** The findings of {@code rule} in {@code yaml}, as {@code path: message | hint}. */
  private static List<String> findings(String rule, String yaml) throws Exception {
    return KubernetesValidator.builder().build().validate(Manifests.read("o.yaml", yaml)).findings().stream()
        .filter(d -> d.ruleId().equals(rule))
        .map(d -> d.path() + ": " + d.message() + " | " + JavaApiWording.INSTANCE.words(d.remedy()))
        .toList();
  }

  private static String deployment(String replicas) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          replicas: %s
          selector: {matchLabels: {app: a}}
          template:
            metadata: {labels: {app: a}}
            spec:
              containers:
              - {name: c, image: "busybox:1.36"}
        """.formatted(replicas);
  }

  @Test
  void aMissingKindOrApiVersionIsRequiredAndEachSaysWhatToWrite() throws Exception {
    assertThat(findings(StructureValidator.TYPEMETA, "metadata: {name: x}\n")).containsExactly(
        "apiVersion: Required value | set apiVersion to the group/version of the kind, for example apps/v1",
        "kind: Required value | set kind to the object's type, for example Deployment");
    assertThat(findings(StructureValidator.TYPEMETA, "apiVersion: ''\nkind: Pod\nmetadata: {name: x}\n"))
        .containsExactly("apiVersion: Required value"
            + " | set apiVersion to the group/version of the kind, for example apps/v1");
  }

  @Test
  void aKindThatIsNotTextIsATypeError() throws Exception {
    assertThat(findings(StructureValidator.TYPEMETA, "apiVersion: v1\nkind: 5\nmetadata: {name: x}\n"))
        .singleElement().asString().startsWith("kind: Invalid value: \"integer\": must be of type string");
  }

  @Test
  void int32FieldsHoldEvery32BitValueAndNoMore() throws Exception {
    assertThat(findings(StructureValidator.TYPE, deployment("2147483647"))).isEmpty();
    assertThat(findings(StructureValidator.TYPE, deployment("2147483648")))
        .containsExactly("spec.replicas: Invalid value: 2147483648: must fit in a 32-bit integer"
            + " | use a smaller number");
    assertThat(findings(StructureValidator.TYPE, deployment("-2147483649"))).singleElement().asString()
        .startsWith("spec.replicas: Invalid value: -2147483649: must fit in a 32-bit integer");
    assertThat(findings(StructureValidator.TYPE, deployment("'3'"))).singleElement().asString()
        .startsWith("spec.replicas: Invalid value: \"string\": must be of type integer | write a integer here");
    assertThat(findings(StructureValidator.TYPE, deployment("true"))).singleElement().asString()
        .startsWith("spec.replicas: Invalid value: \"boolean\": must be of type integer");
  }

  @Test
  void aStringFieldGivenANumberIsToldToQuoteIt() throws Exception {
    String pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - {name: c, image: %s}
        """;
    assertThat(findings(StructureValidator.TYPE, pod.formatted("1.36"))).containsExactly(
        "spec.containers[0].image: Invalid value: \"number\": must be of type string"
            + " | quote the value in YAML so it stays a string");
    assertThat(findings(StructureValidator.TYPE, pod.formatted("{tag: x}"))).containsExactly(
        "spec.containers[0].image: Invalid value: \"object\": must be of type string | write a string here");
  }

  @Test
  void portsAreNumbersOrNamesAndQuantitiesAreNumbersOrText() throws Exception {
    String service = """
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - {port: 80, targetPort: %s}
        """;
    assertThat(findings(StructureValidator.TYPE, service.formatted("http"))).isEmpty();
    assertThat(findings(StructureValidator.TYPE, service.formatted("8080"))).isEmpty();
    assertThat(findings(StructureValidator.TYPE, service.formatted("true"))).singleElement().asString()
        .startsWith("spec.ports[0].targetPort: Invalid value: \"boolean\": must be of type integer or string");
    assertThat(findings(StructureValidator.TYPE, service.formatted("1.5"))).singleElement().asString()
        .startsWith("spec.ports[0].targetPort: Invalid value: \"number\": must be of type integer or string");

    String pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: c
            image: busybox:1.36
            resources: {limits: {cpu: %s}}
        """;
    assertThat(findings(StructureValidator.TYPE, pod.formatted("0.5"))).isEmpty();
    assertThat(findings(StructureValidator.QUANTITY, pod.formatted("0.5"))).isEmpty();
    assertThat(findings(StructureValidator.TYPE, pod.formatted("true"))).singleElement().asString()
        .startsWith("spec.containers[0].resources.limits.cpu: Invalid value: \"boolean\": must be of type string or number");
    assertThat(findings(StructureValidator.QUANTITY, pod.formatted("lots"))).singleElement().asString()
        .startsWith("spec.containers[0].resources.limits.cpu: Invalid value: \"lots\": ");
  }

  @Test
  void secretDataIsBase64Text() throws Exception {
    String secret = "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {key: %s}\n";
    assertThat(findings(StructureValidator.TYPE, secret.formatted("aGk="))).isEmpty();
    assertThat(findings(StructureValidator.TYPE, secret.formatted("5"))).singleElement().asString()
        .startsWith("data.key: Invalid value: \"integer\": must be of type string");
    assertThat(findings(StructureValidator.TYPE, secret.formatted("'not base64!'"))).singleElement().asString()
        .startsWith("data.key: illegal base64 data: ");
  }
}
