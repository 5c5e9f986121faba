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
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.ObjectReader;

/**
 * {@link SpecBinding} binds a spec without Jackson only when Jackson would bind it to the same
 * cluster, from the file's text (what {@code readText} did) and from the scanned tree (what a
 * layered read binds): on every sample, every fixture of this module (good, bad, hostile, the
 * schema's corpus) and generated clusters. Where it declines, Jackson reads the spec as before, so
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

  @Provide
  Arbitrary<AlluxioCluster> clusters() {
    return ClusterArbitraries.clusters();
  }

  @Property(tries = 200)
  void aWrittenClusterIsBoundWithoutJacksonToItself(@ForAll("clusters") AlluxioCluster cluster) {
    String written = SpecWriter.create().write(cluster);

    Optional<AlluxioCluster> direct = directly(written);

    assertThat(direct).as(written).contains(cluster);
    assertThat(direct.get()).isEqualTo(jacksonFromText(written));
  }

  @Property(tries = 200)
  void aClusterWithAPlainScalarForEachQuotedOneIsBoundAsJacksonBindsIt(@ForAll("clusters") AlluxioCluster cluster) {
    // The writer quotes every string; unquoted, a string like 0755 or on reads differently in some
    // YAML reader, and the direct binding must decline it or agree with Jackson.
    String unquoted = SpecWriter.create().write(cluster).replaceAll("\"([^\"\\\\]*)\"", "$1");

    Optional<AlluxioCluster> direct = directly(unquoted);

    direct.ifPresent(bound -> assertThat(bound).as(unquoted).isEqualTo(jacksonFromText(unquoted)).isEqualTo(jacksonFromTree(unquoted)));
  }

  /** The direct binding of a spec whose scan is clean. */
  private static Optional<AlluxioCluster> directly(String text) {
    DocumentScan scan = DocumentScan.of("spec.yaml", text, ReadLimits.defaults());
    if (!scan.problems().isEmpty() || scan.mapping().isEmpty()) {
      return Optional.empty();
    }
    return SpecBinding.bind(scan.mapping().get());
  }

  /** Jackson's binding of the text, strict (an unknown field fails); null when it fails. */
  private static AlluxioCluster jacksonFromText(String text) {
    try {
      return JACKSON.readValue(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Jackson's binding of the scanned tree, as a layered read binds it; null when it fails. */
  private static AlluxioCluster jacksonFromTree(String text) {
    Map<?, ?> root = DocumentScan.of("spec.yaml", text, ReadLimits.defaults()).mapping().orElseThrow();
    try {
      return JACKSON.readValue(BindingTree.of(root).root());
    } catch (RuntimeException e) {
      return null;
    }
  }
}
