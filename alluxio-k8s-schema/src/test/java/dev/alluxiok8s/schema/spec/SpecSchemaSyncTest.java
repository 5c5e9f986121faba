package dev.alluxiok8s.schema.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hand-written schema and the model must describe the same spec format: every attribute in
 * both, with the same kinds, enum names, required attributes and defaults. A model attribute
 * added without its schema fails here, naming the path to add.
 */
class SpecSchemaSyncTest {

  private static final ModelShape MODEL = ModelShape.of(AlluxioCluster.class);

  private static JsonNode schema() {
    return JsonMapper.shared().readTree(SpecSchema.json());
  }

  @Test
  void theSchemaDescribesExactlyTheModel() {
    List<String> differences = SchemaModelSync.differences(schema(), MODEL);

    assertThat(differences).as("schema vs model; the model as Jackson sees it:%n%s", MODEL.outline()).isEmpty();
  }

  @Test
  void anAttributeMissingFromTheSchemaIsNamedByItsPath() {
    JsonNode schema = schema();
    defs(schema, "Fuse").withObject("properties").remove("demoClient");

    assertThat(SchemaModelSync.differences(schema, MODEL))
        .containsExactly("spec.fuse.demoClient: in the model (Fuse.demoClient) but not in the schema");
  }

  @Test
  void aSchemaPropertyWithoutAModelAttributeIsNamed() {
    JsonNode schema = schema();
    defs(schema, "ShortCircuit").withObject("properties").putObject("policy")
        .put("description", "chart 0.6's local or uuid").put("type", "string");

    assertThat(SchemaModelSync.differences(schema, MODEL))
        .containsExactly("spec.shortCircuit.policy: in the schema but not in the model (ShortCircuit has no attribute policy)");
  }

  @Test
  void aDefaultThatDriftedFromTheModelIsNamed() {
    JsonNode schema = schema();
    defs(schema, "MasterPorts").withObject("properties").withObject("rpc").put("default", 19997);

    assertThat(SchemaModelSync.differences(schema, MODEL))
        .containsExactly("spec.masters.ports.rpc: the schema's default 19997 differs from the model's 19998");
  }

  @Test
  void anImpliedObjectDefaultMustAddUpToTheModelsDefault() {
    JsonNode schema = schema();
    // Without its explicit default, WorkerProcess.resources would default to no resources at all.
    defs(schema, "WorkerProcess").withObject("properties").withObject("resources").remove("default");

    assertThat(SchemaModelSync.differences(schema, MODEL)).containsExactly("spec.workers.worker.resources: the model's "
        + "default {\"requests\":{\"cpu\":\"1\",\"memory\":\"4Gi\"},\"limits\":{\"cpu\":\"1\",\"memory\":\"4Gi\"}} is more "
        + "than its attributes' defaults add up to ({}); give it as the schema's default");
  }

  @Test
  void kindsAndEnumNamesMustMatch() {
    JsonNode schema = schema();
    defs(schema, "Masters").withObject("properties").withObject("count").put("type", "string");
    defs(schema, "VolumeKind").withArray("enum").remove(2);

    assertThat(SchemaModelSync.differences(schema, MODEL)).contains(
        "spec.masters.count: the model has a int, so the schema needs type integer, not string",
        "spec.journal.volume.kind: enum [emptyDir, persistentVolumeClaim] differs from VolumeKind's names "
            + "[emptyDir, hostPath, persistentVolumeClaim]");
  }

  @Test
  void everyModelObjectIsAClosedDefinitionOfItsOwnName() {
    JsonNode schema = schema();
    defs(schema, "RunAs").put("additionalProperties", true);

    assertThat(SchemaModelSync.differences(schema, MODEL))
        .containsExactly("spec.runAs: $defs.RunAs needs additionalProperties: false, so that typos are caught");
  }

  private static ObjectNode defs(JsonNode schema, String name) {
    return (ObjectNode) schema.get("$defs").get(name);
  }
}
