package dev.alluxiok8s.schema.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The {@code *Binding} classes are generated from the model ({@link SpecBindingGenerator}), and
 * this test fails when they drift from it: after adding or changing a spec attribute, rerun with
 * {@code -Dalluxio.k8s.binding.update=true} and review the diff. A stale binding class is never
 * wrong, only slow: a field it does not know makes it decline, and Jackson binds the spec.
 */
class SpecBindingGeneratorTest {

  private static final Path FOLDER = Path.of("src/main/java/dev/alluxiok8s/schema/binding");

  @Test
  void theBindingClassesAreWhatTheModelDefines() throws IOException {
    SortedMap<String, String> generated = SpecBindingGenerator.generate();

    if (Boolean.getBoolean("alluxio.k8s.binding.update")) {
      for (String old : generatedFiles().keySet()) {
        Files.delete(FOLDER.resolve(old));
      }
      for (var file : generated.entrySet()) {
        Files.writeString(FOLDER.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    }
    assertThat(generatedFiles())
        .as("the *Binding classes of " + FOLDER + " are generated from the model's types; rerun with"
            + " -Dalluxio.k8s.binding.update=true and review the diff")
        .isEqualTo(generated);
  }

  @Test
  void everyModelPackageGetsOneClassAndTheClusterItsEntry() {
    SortedMap<String, String> generated = SpecBindingGenerator.generate();

    assertThat(generated).containsKeys("ModelBinding.java", "MasterBinding.java", "TieredstoreBinding.java");
    assertThat(generated.get("ModelBinding.java"))
        .contains("static dev.alluxiok8s.model.AlluxioCluster alluxioCluster(Object node) {")
        .contains("case \"spec\" -> builder.spec(ModelBinding.clusterSpec(value));");
    // A list attribute is added whole, as Immutables' fromJson does; an enum binds by its @JsonValue names.
    assertThat(generated.get("TieredstoreBinding.java"))
        .contains("case \"directories\" -> builder.addAllDirectories(Nodes.list(value, e1 -> TieredstoreBinding.tierDirectory(e1)));");
    assertThat(generated.get("ImageBinding.java")).contains("case \"IfNotPresent\" -> dev.alluxiok8s.model.image.PullPolicy.IF_NOT_PRESENT;");
    // Affinity is a free-form Kubernetes object, bound as Jackson's untyped binding does.
    assertThat(generated.get("PlacementBinding.java")).contains("case \"affinity\" -> builder.putAllAffinity(Nodes.map(value, e1 -> Nodes.untyped(e1)));");
  }

  @Test
  void noGeneratedClassIsLongerThanTheProjectAllows() {
    SpecBindingGenerator.generate().forEach((name, text) ->
        assertThat(text.lines().count()).as(name).isLessThanOrEqualTo(500));
  }

  /** The generated files in the folder, by name: those that start with the generator's header. */
  private static SortedMap<String, String> generatedFiles() throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(FOLDER)) {
      for (Path file : list.toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith(SpecBindingGenerator.HEADER)) {
          files.put(file.getFileName().toString(), text);
        }
      }
    }
    return files;
  }
}
