package dev.alluxiok8s.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a stream is cut into named documents for a per-object diff. */
class YamlDocumentsTest {

  @Test
  void objectsAreNamedByKindAndNameAndOtherDocumentsByTheirPlace() {
    String stream = """
        kind: Service
        metadata:
          namespace: alluxio
          name: alluxio-master-0
        ---
        just: a map
        ---
        - a list
        """;

    assertThat(YamlDocuments.byObject(stream)).containsOnlyKeys("Service/alluxio-master-0", "document 2",
        "document 3");
    assertThat(YamlDocuments.byObject(stream).get("document 2")).isEqualTo("just: a map\n");
  }

  @Test
  void aRepeatedNameKeepsBothDocuments() {
    String twice = "kind: ConfigMap\nmetadata:\n  name: c\ndata: {a: '1'}\n---\nkind: ConfigMap\nmetadata:\n  name: c\n";

    assertThat(YamlDocuments.byObject(twice)).containsOnlyKeys("ConfigMap/c", "ConfigMap/c (2)");
  }
}
