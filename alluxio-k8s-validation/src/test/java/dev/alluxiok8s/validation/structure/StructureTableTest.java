package dev.alluxiok8s.validation.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled {@code structure.tsv} is exactly what reflection over the client models on the classpath
 * gives. Run with {@code -Dalluxio.k8s.regenerate=true} to rewrite it after a client upgrade.
 */
class StructureTableTest {

  @Test
  void bundledTableMatchesTheClientModels() throws Exception {
    List<String> models = new ArrayList<>();
    try (InputStream in = ModelCatalog.class.getResourceAsStream("kinds.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          models.add(line.split("\t")[2]);
        }
      }
    }
    String generated = StructureTable.generate(models);
    if (Boolean.getBoolean("alluxio.k8s.regenerate")) {
      Path target = Path.of(System.getProperty("alluxio.k8s.repo"),
          "alluxio-k8s-validation/src/main/resources/dev/alluxiok8s/validation/structure/structure.tsv");
      Files.writeString(target, generated, StandardCharsets.UTF_8);
    }
    String bundled;
    try (InputStream in = ModelCatalog.class.getResourceAsStream("structure.tsv")) {
      bundled = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(bundled)
        .as("structure.tsv is out of date with the client models: rerun this test with -Dalluxio.k8s.regenerate=true")
        .isEqualTo(generated);
  }

  @Test
  void typeCodesRoundTrip() {
    for (String code : List.of("S", "I", "J", "B", "N", "Q", "X", "T", "Y", "A", "LS", "MQ", "LOV1ContainerPort", "MLS")) {
      assertThat(FieldType.decode(code).encode()).isEqualTo(code);
    }
  }
}
