package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.kube.yaml.Utf8;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.schema.binding.SpecBinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.ObjectReader;

/**
 * {@link SpecBinding} binds a spec without Jackson only when Jackson would bind it to the same
 * cluster, from the file's text (what {@code readText} did) and from the scanned tree (what a
 * layered read binds): on every sample, every fixture of this module (good, bad, hostile, the
 * schema's corpus), and generated clusters in {@link SpecBindingAgreementPropertiesTest}. Where it declines, Jackson reads the spec as before, so
 * every message of the bad fixtures is still Jackson's.
 */
class SpecBindingAgreementTest {

  private static final ObjectReader JACKSON = SpecMapper.create(ReadLimits.defaults()).readerFor(AlluxioCluster.class);

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("../samples"))) {
      return dirs.map(d -> d.resolve("alluxio.yaml")).filter(Files::isRegularFile).sorted().toList().stream();
    }
  }

  static Stream<Path> fixtures() {
    return Stream.of("good", "bad", "hostile", "/dev/alluxiok8s/schema/spec/corpus/good", "/dev/alluxiok8s/schema/spec/corpus/bad")
        .flatMap(SpecFixtures::files)
        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everySampleIsBoundWithoutJacksonToWhatJacksonBinds(Path sample) throws IOException {
    String text = Files.readString(sample, StandardCharsets.UTF_8);

    Optional<AlluxioCluster> direct = directly(text);

    assertThat(direct).as("a sample takes the direct binding").isPresent();
    assertThat(direct.get()).isEqualTo(jacksonFromText(text)).isEqualTo(jacksonFromTree(text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void whatIsBoundWithoutJacksonIsWhatJacksonBinds(Path fixture) {
    String text;
    try {
      text = Utf8.decode(fixture.toString(), SpecFixtures.bytes(fixture));
    } catch (Exception e) {
      return; // refused before any binding
    }
    Optional<AlluxioCluster> direct = directly(text);

    if (fixture.toString().contains("/good/")) {
      assertThat(direct).as("a good spec takes the direct binding").isPresent();
    }
    direct.ifPresent(cluster -> assertThat(cluster).isEqualTo(jacksonFromText(text)).isEqualTo(jacksonFromTree(text)));
  }

  /** The direct binding of a spec whose scan is clean. */
  static Optional<AlluxioCluster> directly(String text) {
    DocumentScan scan = DocumentScan.of("spec.yaml", text, ReadLimits.defaults());
    if (!scan.problems().isEmpty() || scan.mapping().isEmpty()) {
      return Optional.empty();
    }
    return SpecBinding.bind(scan.mapping().get());
  }

  /** Jackson's binding of the text, strict (an unknown field fails); null when it fails. */
  static AlluxioCluster jacksonFromText(String text) {
    try {
      return JACKSON.readValue(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Jackson's binding of the scanned tree, as a layered read binds it; null when it fails. */
  static AlluxioCluster jacksonFromTree(String text) {
    Map<?, ?> root = DocumentScan.of("spec.yaml", text, ReadLimits.defaults()).mapping().orElseThrow();
    try {
      return JACKSON.readValue(BindingTree.of(root).root());
    } catch (RuntimeException e) {
      return null;
    }
  }
}
