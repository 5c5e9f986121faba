package dev.alluxiok8s.schema.spec;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published schema and the problems it reports, as an editor or a CI check sees them. */
class SpecSchemaTest {

  private static final String MINIMAL = """
      apiVersion: alluxio-k8s.dev/v1alpha1
      kind: AlluxioCluster
      metadata:
        name: alluxio
      spec:
        underStorage:
          rootUri: s3a://analytics-data/alluxio/
      """;

  @Test
  void publishesADraft2020SchemaUnderItsId() {
    JsonNode schema = JsonMapper.shared().readTree(SpecSchema.json());

    assertThat(schema.path("$id").asString()).isEqualTo(SpecSchema.ID);
    assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void theSchemaIsItselfAValidDraft2020Schema() {
    // The meta-schema ships inside networknt's jar: nothing is fetched.
    Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

    assertThat(metaSchema.validate(SpecSchema.json(), InputFormat.JSON)).isEmpty();
    // The control: the meta-schema was really loaded and does refuse a broken schema.
    assertThat(metaSchema.validate("{\"type\": \"objekt\"}", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void aMinimalSpecFits() {
    assertThat(SpecSchema.validate(MINIMAL)).isEmpty();
  }

  @Test
  void jsonIsAcceptedAsWellAsYaml() {
    String json = """
        {"apiVersion": "alluxio-k8s.dev/v1alpha1", "kind": "AlluxioCluster",
         "metadata": {"name": "alluxio"}, "spec": {"underStorage": {"rootUri": "hdfs://namenode:8020/alluxio"}}}
        """;

    assertThat(SpecSchema.validate(json)).isEmpty();
  }

  @Test
  void anUnknownFieldIsReportedAtTheFieldNotItsParent() {
    List<Diagnostic> problems = SpecSchema.validate(MINIMAL + "  masters:\n    cout: 3\n");

    assertThat(problems).containsExactly(
        Diagnostic.error("spec.masters.cout", "unknown field \"cout\"").withRuleId("additionalProperties"));
  }

  @Test
  void aMissingRequiredFieldIsReportedAtTheField() {
    String noUnderStorage = MINIMAL.replace("  underStorage:\n    rootUri: s3a://analytics-data/alluxio/\n",
        "  logLevel: INFO\n");

    assertThat(SpecSchema.validate(noUnderStorage))
        .containsExactly(Diagnostic.error("spec.underStorage", "is required").withRuleId("required"));
  }

  @Test
  void everyProblemIsReportedWithItsKeyword() {
    String bad = MINIMAL + """
          masters:
            count: "three"
          journal:
            type: RAFT
          images:
            alluxio:
              repository: alluxio/alluxio
              tag: latest
          workers:
            worker:
              resources:
                requests:
                  memory: 1GB
        """;

    assertThat(SpecSchema.validate(bad))
        .extracting(Diagnostic::path, Diagnostic::ruleId)
        .containsExactlyInAnyOrder(
            tuple("spec.masters.count", "type"),
            tuple("spec.journal.type", "enum"),
            tuple("spec.images.alluxio.tag", "not"),
            tuple("spec.workers.worker.resources.requests.memory", "pattern"));
  }

  @Test
  void aSecretDirectoryMayNotClimbOutOfSecrets() {
    String bad = MINIMAL + """
          secrets:
            worker:
              alluxio-hdfs-config: hdfsConfig/../../etc
        """;

    assertThat(SpecSchema.validate(bad)).extracting(Diagnostic::path, Diagnostic::ruleId)
        .containsExactly(tuple("spec.secrets.worker.alluxio-hdfs-config", "not"));
  }

  @Test
  void mapKeysThatAreNotPlainWordsAreQuotedInPaths() {
    String bad = MINIMAL + """
          properties:
            alluxio.user.file.writetype.default: CACHE THROUGH
        """;

    assertThat(SpecSchema.validate(bad)).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("spec.properties.\"alluxio.user.file.writetype.default\"");
      assertThat(p.ruleId()).isEqualTo("pattern");
    });
  }

  @Test
  void aliasesAreRefusedRatherThanReadAsTheAnchorName() {
    String aliased = """
        apiVersion: alluxio-k8s.dev/v1alpha1
        kind: AlluxioCluster
        metadata:
          name: &n alluxio
          labels:
            team: *n
        spec:
          underStorage:
            rootUri: s3a://analytics-data/alluxio/
        """;

    assertThat(SpecSchema.validate(aliased)).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("metadata.labels.team");
      assertThat(p.message()).contains("aliases (*n) are not supported");
    });
  }

  @Test
  void textThatIsNotOneYamlDocumentIsOneProblemAtTheRoot() {
    assertThat(SpecSchema.validate("spec: [unclosed")).singleElement()
        .satisfies(p -> assertThat(p.path()).isEmpty());
    assertThat(SpecSchema.validate(MINIMAL + "---\n" + MINIMAL)).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo(
            "the text holds more than one YAML document (line 9); a spec file holds exactly one cluster"));
    assertThat(SpecSchema.validate("")).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("the document is empty"));
  }
}
