package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import static dev.alluxiok8s.schema.file.SpecFixtures.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.ufs.UnderStorage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpecReaderTest {

  private final SpecReader reader = SpecReader.create();

  private static List<String> problems(ThrowingCallable read) {
    List<String> lines = new java.util.ArrayList<>();
    assertThatThrownBy(read).isInstanceOfSatisfying(SpecException.class, e -> {
      e.diagnostics().forEach(p -> lines.add(DiagnosticFormat.line(p, "")));
      assertThat(e.getMessage()).isEqualTo(String.join(System.lineSeparator(), lines));
    });
    return lines;
  }

  private List<String> problems(String name, String text) {
    return problems(() -> reader.read(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  private AlluxioCluster read(String text) throws SpecException {
    return reader.read("spec.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  static Stream<Path> badSpecs() {
    return SpecFixtures.files("bad");
  }

  static Stream<Path> goodSpecs() {
    return SpecFixtures.files("good");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSpecs")
  void refusesABadSpecWithExactlyTheExpectedProblems(Path file) {
    String name = file.getFileName().toString();
    assertThat(problems(() -> reader.read(name, SpecFixtures.bytes(file)))).isEqualTo(SpecFixtures.expectedLines(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodSpecs")
  void readsAGoodSpec(Path file) throws Exception {
    AlluxioCluster cluster = reader.read(file);
    assertThat(cluster.apiVersion()).isEqualTo(AlluxioCluster.API_VERSION);
  }

  @Test
  void readsTheMinimalSpecAsTheJavaExampleBuildsIt() throws Exception {
    AlluxioCluster expected = AlluxioCluster.builder().metadata(ClusterMetadata.named("alluxio"))
        .spec(ClusterSpec.builder().underStorage(UnderStorage.at("s3a://my-bucket/alluxio/")).build()).build();
    assertThat(read(HEADER)).isEqualTo(expected);
    assertThat(read("---\n" + HEADER + "...\n")).isEqualTo(expected);
  }

  @Nested
  class ScalarsForStrings {

    private AlluxioCluster withTag(String tag) throws SpecException {
      return read(HEADER + "  images:\n    alluxio:\n      repository: alluxio/alluxio\n      tag: " + tag + "\n");
    }

    @Test
    void aNumberGivenForAStringKeepsItsText() throws Exception {
      assertThat(withTag("2.10").spec().images().alluxio().tag()).isEqualTo("2.10");
      assertThat(withTag("010").spec().images().alluxio().tag()).isEqualTo("010");
      assertThat(withTag("1_000").spec().images().alluxio().tag()).isEqualTo("1_000");
    }

    /** Decided: a tag is text, so 2.1e3 stays "2.1e3" (a valid Docker tag) and never becomes 2100.0. */
    @Test
    void anExponentGivenForAStringKeepsItsText() throws Exception {
      assertThat(withTag("2.1e3").spec().images().alluxio().tag()).isEqualTo("2.1e3");
    }

    @Test
    void mapValuesKeepTheirTextToo() throws Exception {
      AlluxioCluster cluster = read(HEADER + "  masters:\n    master:\n      resources:\n        requests: {cpu: 0.50, memory: 1e9}\n");
      assertThat(cluster.spec().masters().master().resources().requests()).containsEntry("cpu", "0.50").containsEntry("memory", "1e9");
    }

    @Test
    void aBooleanGivenForAStringIsText() throws Exception {
      assertThat(withTag("true").spec().images().alluxio().tag()).isEqualTo("true");
    }
  }

  @Nested
  class Encodings {

    @Test
    void readsJson() throws Exception {
      String json = "{\"apiVersion\": \"alluxio-k8s.dev/v1alpha1\", \"kind\": \"AlluxioCluster\", \"metadata\": {\"name\": \"alluxio\"},"
          + " \"spec\": {\"underStorage\": {\"rootUri\": \"s3a://my-bucket/alluxio/\"}}}";
      assertThat(reader.read("spec.json", json.getBytes(StandardCharsets.UTF_8))).isEqualTo(read(HEADER));
    }

    @Test
    void skipsAUtf8ByteOrderMark() throws Exception {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      bytes.write(HEADER.getBytes(StandardCharsets.UTF_8));
      assertThat(reader.read("bom.yaml", bytes.toByteArray())).isEqualTo(read(HEADER));
    }

    private byte[] concat(byte[]... parts) throws java.io.IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (byte[] part : parts) {
        out.write(part);
      }
      return out.toByteArray();
    }

    @Test
    void aBadByteOnLineThreeIsReportedThere() {
      byte[] bytes = "apiVersion: alluxio-k8s.dev/v1alpha1\nkind: AlluxioCluster\nmetadata: {name: \u00ff}\n"
          .getBytes(StandardCharsets.ISO_8859_1);
      assertThat(problems(() -> reader.read("three.yaml", bytes)))
          .containsExactly("three.yaml:3:18: error: the file is not valid UTF-8 (byte 75); save it as UTF-8");
    }

    @Test
    void refusesInvalidUtf8WithItsLineAndColumn() throws Exception {
      byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
      byte[] lead = "  logLevel: INFO".getBytes(StandardCharsets.UTF_8);
      byte[] broken = concat(header, lead, new byte[] {(byte) 0xC3, 'A'}); // a lead byte without its continuation
      assertThat(problems(() -> reader.read("broken.yaml", broken))).containsExactly(
          "broken.yaml:8:17: error: the file is not valid UTF-8 (byte " + (header.length + lead.length) + "); save it as UTF-8");
      // Columns count characters, not bytes.
      byte[] wide = concat("metadata:\n  name: \u65e5\u672c".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});
      assertThat(problems(() -> reader.read("wide.yaml", wide)))
          .containsExactly("wide.yaml:2:11: error: the file is not valid UTF-8 (byte 24); save it as UTF-8");
      byte[] latin1 = "apiVersion: x\nkind: \u00c4".getBytes(StandardCharsets.ISO_8859_1);
      assertThat(problems(() -> reader.read("latin1.yaml", latin1)))
          .containsExactly("latin1.yaml:2:7: error: the file is not valid UTF-8 (byte 20); save it as UTF-8");
    }
  }

  @Nested
  class HostileInput {

    @Test
    void refusesNestingTenThousandDeepWithoutOverflowingTheStack() {
      String deep = HEADER + "  masters:\n    placement:\n      affinity:\n        nodeAffinity: "
          + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n";
      List<String> problems = problems("deep.yaml", deep);
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0)).startsWith("deep.yaml:11:131: error: spec.masters.placement.affinity.nodeAffinity.a.a.")
          .endsWith(": nesting is deeper than 32 levels");
      String deepList = HEADER + "  hostAliases: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
      assertThat(problems("list.yaml", deepList)).singleElement().asString().endsWith(": nesting is deeper than 32 levels");
    }

    @Test
    void aReaderAllowedDeeperNestingStillBindsWithoutOverflow() throws Exception {
      SpecReader deepReader = reader.withLimits(new ReadLimits(1 << 20, ReadLimits.MAX_DEPTH, 1 << 16));
      String deep = HEADER + "  masters:\n    placement:\n      affinity:\n        nodeAffinity: "
          + "{a: ".repeat(990) + "1" + "}".repeat(990) + "\n";
      // Bound without overflow; the affinity's shape is then refused at its first unknown field.
      assertThat(problems(() -> deepReader.readText("deep.yaml", deep))).singleElement().asString()
          .startsWith("deep.yaml:11:24: error: spec.masters.placement.affinity.nodeAffinity.a: unknown field \"a\" of NodeAffinity");
      assertThatThrownBy(() -> new ReadLimits(1 << 20, ReadLimits.MAX_DEPTH + 1, 1 << 16))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDepth may be at most 1000, got 1001");
    }

    @Test
    void refusesAFileOfTwoMebibytes(@TempDir Path dir) throws Exception {
      byte[] big = (HEADER + "# " + "x".repeat(2 * 1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);
      String expected = ": error: the file has " + big.length + " bytes; a spec file may have at most 1048576";
      assertThat(problems(() -> reader.read("big.yaml", big))).containsExactly("big.yaml:1:1" + expected);
      Path file = Files.write(dir.resolve("big.yaml"), big);
      assertThat(problems(() -> reader.read(file))).containsExactly(file + ":1:1" + expected);
    }

    @Test
    void refusesAValueOf100KiB() {
      String value = "x".repeat(100 * 1024);
      assertThat(problems("long.yaml", HEADER + "  properties:\n    alluxio.user.app.id: " + value + "\n"))
          .containsExactly("long.yaml:9:26: error: spec.properties.\"alluxio.user.app.id\": the value is longer than 65536 characters");
      assertThat(problems("longkey.yaml", HEADER + "  properties:\n    ? " + value + "\n    : x\n"))
          .containsExactly("longkey.yaml:9:7: error: spec.properties: a key is longer than 65536 characters");
      // YAML allows a plain key of at most 1024 characters: a longer one reads as a value.
      assertThat(problems("plainkey.yaml", HEADER + "  properties:\n    " + value + ": x\n")).containsExactly(
          "plainkey.yaml:9:5: error: spec.properties: the value is longer than 65536 characters",
          "plainkey.yaml:9:102405: error: invalid YAML: mapping values are not allowed here");
    }

    @Test
    void thousandsOfBadAttributesStopAtTheLimitInsteadOfBindingThousandsOfTimes() {
      StringBuilder spec = new StringBuilder(HEADER).append("  hostAliases:\n");
      for (int i = 0; i < 5_000; i++) {
        spec.append("    - {ip: not-an-ip, hostnames: [h").append(i).append("]}\n");
      }
      long start = System.nanoTime();
      List<String> problems = problems("many.yaml", spec.toString());
      long seconds = (System.nanoTime() - start) / 1_000_000_000L;

      // Each bad element costs two attempts: one finds the address, one drops the element it leaves incomplete.
      assertThat(problems).hasSize(PartialBinding.MAX_PASSES / 2 + 1).first().isEqualTo("many.yaml:1:1: error: stopped "
          + "looking after 100 attempts to bind the file; more problems may follow: fix these and read it again");
      assertThat(problems.get(50)).startsWith("many.yaml:58:").contains("spec.hostAliases[49].ip: ");
      assertThat(seconds).as("seconds to read").isLessThan(30);
    }

    @Test
    void refusesAliasesBeforeExpandingAnything() {
      // Nine levels of nine: expanded, a billion strings. The scan stops at the first alias.
      StringBuilder laughs = new StringBuilder(HEADER).append("  properties:\n    a: &a lol\n");
      laughs.append("  hostAliases:\n    - &l0 {ip: 10.0.0.1, hostnames: [*a, *a, *a, *a, *a, *a, *a, *a, *a]}\n");
      for (int i = 1; i < 9; i++) {
        laughs.append("    - &l").append(i).append(" [").append(("*l" + (i - 1) + ", ").repeat(8)).append("*l").append(i - 1).append("]\n");
      }
      assertThat(problems("laughs.yaml", laughs.toString()))
          .containsExactly("laughs.yaml:11:38: error: spec.hostAliases[0].hostnames[0]: aliases (*a) are not supported in a spec file; "
              + "write the value out");
    }
  }

  @Nested
  class Header {

    @Test
    void aWrongVersionIsReportedInsteadOfTheErrorsItWouldCause() {
      assertThat(problems("v2.yaml", HEADER.replace("v1alpha1", "v2") + "  storageClass: fast\n")).containsExactly(
          "v2.yaml:1:1: error: apiVersion: \"alluxio-k8s.dev/v2\" is not supported; this version of alluxio-k8s reads alluxio-k8s.dev/v1alpha1");
    }

    @Test
    void aHeaderGivenAsAMappingIsLeftToDataBinding() {
      assertThat(problems("map.yaml", HEADER.replace("kind: AlluxioCluster", "kind: {name: AlluxioCluster}")))
          .containsExactly("map.yaml:2:1: error: kind: expected a string, got a mapping");
    }
  }
}
