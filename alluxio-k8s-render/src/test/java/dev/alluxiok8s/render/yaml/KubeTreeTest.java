package dev.alluxiok8s.render.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1JSONSchemaProps;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1Volume;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubeTreeTest {

  @Test
  void containerFieldsComeOutNameFirstThenInModelOrder() {
    assertThat(ModelFields.of(V1Container.class))
        .extracting(ModelFields.ModelField::jsonName)
        .containsExactly(
            "name", "args", "command", "env", "envFrom", "image", "imagePullPolicy", "lifecycle",
            "livenessProbe", "ports", "readinessProbe", "resizePolicy", "resources",
            "restartPolicy", "restartPolicyRules", "securityContext", "startupProbe", "stdin",
            "stdinOnce", "terminationMessagePath", "terminationMessagePolicy", "tty",
            "volumeDevices", "volumeMounts", "workingDir");
  }

  @Test
  void objectMetaFieldsComeOutNameAndNamespaceFirstThenInModelOrder() {
    assertThat(ModelFields.of(V1ObjectMeta.class))
        .extracting(ModelFields.ModelField::jsonName)
        .containsExactly(
            "name", "namespace", "annotations", "creationTimestamp", "deletionGracePeriodSeconds",
            "deletionTimestamp", "finalizers", "generateName", "generation", "labels",
            "managedFields", "ownerReferences", "resourceVersion", "selfLink", "uid");
  }

  @Test
  void secretKeysLeadWithIdentityThenPayload() {
    V1Secret secret =
        new V1Secret()
            .type("Opaque")
            .immutable(true)
            .putStringDataItem("user", "alluxio")
            .putDataItem("password", "s3cret".getBytes(StandardCharsets.UTF_8))
            .metadata(new V1ObjectMeta().name("creds"))
            .kind("Secret")
            .apiVersion("v1");

    Map<String, Object> tree = KubeTree.of(secret);

    assertThat(tree.keySet())
        .containsExactly("apiVersion", "kind", "metadata", "data", "stringData", "immutable", "type");
    assertThat(tree.get("data")).isEqualTo(Map.of("password", "czNjcmV0"));
  }

  @Test
  void dropsUnsetFieldsAndTheEmptyCollectionsTheModelsStartWith() {
    V1ObjectMeta meta = new V1ObjectMeta().name("x").labels(Map.of()).finalizers(List.of());

    assertThat(KubeTree.of(meta)).containsExactly(Map.entry("name", "x"));
  }

  @Test
  void keepsEmptyObjectsThatWereSetOnPurpose() {
    V1Volume volume = new V1Volume().name("scratch").emptyDir(new V1EmptyDirVolumeSource());

    Map<String, Object> tree = KubeTree.of(volume);

    assertThat(tree).containsExactly(Map.entry("name", "scratch"), Map.entry("emptyDir", Map.of()));
  }

  @Test
  void anEmptyModelObjectIsAnEmptyTree() {
    assertThat(KubeTree.of(new V1PodSpec())).isEmpty();
  }

  @Test
  void sortsMapKeysWhateverTheMapsOwnOrder() {
    V1ObjectMeta meta =
        new V1ObjectMeta().labels(Map.of("b", "2", "a", "1", "c", "3", "B", "0", "a.b/c", "4"));

    @SuppressWarnings("unchecked")
    Map<String, Object> labels = (Map<String, Object>) KubeTree.of(meta).get("labels");

    assertThat(labels.keySet()).containsExactly("B", "a", "a.b/c", "b", "c");
  }

  @Test
  void writesQuantitiesInTheirCanonicalForm() {
    V1Container container =
        new V1Container()
            .name("c")
            .resources(
                new V1ResourceRequirements()
                    .putLimitsItem("memory", Quantity.fromString("2048Mi"))
                    .putLimitsItem("cpu", Quantity.fromString("0.5")));

    assertThat(KubeTree.of(container).get("resources"))
        .isEqualTo(Map.of("limits", Map.of("cpu", "500m", "memory", "2Gi")));
  }

  @Test
  void writesIntOrStringAsTheIntOrTheString() {
    assertThat(KubeTree.of(new V1ServicePort().port(80).targetPort(new IntOrString(8080))))
        .containsEntry("targetPort", 8080);
    assertThat(KubeTree.of(new V1ServicePort().port(80).targetPort(new IntOrString("http"))))
        .containsEntry("targetPort", "http");
  }

  @Test
  void writesTimesAsUtcRfc3339() {
    V1ObjectMeta meta =
        new V1ObjectMeta()
            .creationTimestamp(OffsetDateTime.of(2026, 1, 2, 3, 4, 0, 0, ZoneOffset.ofHours(14)));

    assertThat(KubeTree.of(meta)).containsEntry("creationTimestamp", "2026-01-01T13:04:00Z");
  }

  @Test
  void keepsNumbersAsIntegersLongsAndDecimals() {
    V1JSONSchemaProps props =
        new V1JSONSchemaProps().maxLength(12L).minimum(1.5).maxItems(3L).example(7);

    assertThat(KubeTree.of(props))
        .containsEntry("maxLength", 12L)
        .containsEntry("minimum", new BigDecimal("1.5"))
        .containsEntry("example", 7);
  }

  enum UpdatePolicy {
    @SerializedName("OnDelete")
    ON_DELETE,
    ROLLING
  }

  @Test
  void writesEnumsByTheirSerializedName() {
    Map<String, Object> tree =
        KubeTree.of(Map.of("named", UpdatePolicy.ON_DELETE, "unnamed", UpdatePolicy.ROLLING));

    assertThat(tree).containsExactly(Map.entry("named", "OnDelete"), Map.entry("unnamed", "ROLLING"));
  }

  @Test
  void refusesACycleWithItsPath() {
    V1JSONSchemaProps props = new V1JSONSchemaProps().type("object");
    props.putPropertiesItem("self", props);

    assertThatThrownBy(() -> KubeTree.of(props))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.properties.self");
  }

  @Test
  void refusesWhatIsNotAKubernetesObject() {
    assertThatThrownBy(() -> KubeTree.of("v1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String is not an object");
    assertThatThrownBy(() -> KubeTree.of(new V1JSONSchemaProps().example(new Object())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object at $.example");
  }
}
