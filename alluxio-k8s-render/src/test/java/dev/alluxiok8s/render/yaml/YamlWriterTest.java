package dev.alluxiok8s.render.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class YamlWriterTest {

  private final YamlWriter yaml = new YamlWriter();

  @Test
  void writesOneObjectAsOneDocumentEndingInANewline() {
    V1Namespace namespace =
        new V1Namespace().apiVersion("v1").kind("Namespace").metadata(new V1ObjectMeta().name("alluxio"));

    assertThat(yaml.write(namespace))
        .isEqualTo("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: alluxio\n");
  }

  @Test
  void separatesDocumentsOfAStreamWithDashes() {
    V1Namespace a = new V1Namespace().kind("Namespace").metadata(new V1ObjectMeta().name("a"));
    V1Namespace b = new V1Namespace().kind("Namespace").metadata(new V1ObjectMeta().name("b"));

    assertThat(yaml.writeAll(List.of(a, b)))
        .isEqualTo("kind: Namespace\nmetadata:\n  name: a\n---\nkind: Namespace\nmetadata:\n  name: b\n");
    assertThat(yaml.writeAll(List.of(a))).isEqualTo(yaml.write(a));
  }

  @Test
  void writesConfigFilesAsLiteralBlocksWithLfOnly() {
    V1ConfigMap config =
        new V1ConfigMap()
            .kind("ConfigMap")
            .putDataItem("alluxio-site.properties", "alluxio.master.hostname=master-0\nalluxio.security.authentication.type=NOSASL\n");

    assertThat(yaml.write(config))
        .isEqualTo(
            "kind: ConfigMap\n"
                + "data:\n"
                + "  alluxio-site.properties: |\n"
                + "    alluxio.master.hostname=master-0\n"
                + "    alluxio.security.authentication.type=NOSASL\n")
        .doesNotContain("\r");
  }

  @Test
  void writesNumbersAndBooleansAsYamlScalars() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("int", 3);
    tree.put("long", 8_589_934_592L);
    tree.put("exponent", new BigDecimal("1E+3"));
    tree.put("decimal", new BigDecimal("0.25"));
    tree.put("flag", false);

    assertThat(yaml.writeTree(tree))
        .isEqualTo("int: 3\nlong: 8589934592\nexponent: 1000\ndecimal: 0.25\nflag: false\n");
  }

  @Test
  void sortsTheKeysOfMapsThatHaveNoTrustworthyOrder() {
    Map<String, Object> hashed = new HashMap<>(Map.of("b", "2", "a", "1", "c", "3"));
    Map<String, Object> linked = new LinkedHashMap<>();
    linked.put("z", "first");
    linked.put("a", "second");

    assertThat(yaml.writeTree(hashed)).isEqualTo("a: \"1\"\nb: \"2\"\nc: \"3\"\n");
    assertThat(yaml.writeTree(linked)).isEqualTo("z: first\na: second\n");
    assertThat(yaml.writeTree(new TreeMap<>(Map.of("b", "x", "a", "w")))).isEqualTo("a: w\nb: x\n");
  }

  @Test
  void doesNotFoldLongLines() {
    String longValue = "word ".repeat(100).trim();

    assertThat(yaml.writeTree(Map.of("k", longValue))).isEqualTo("k: " + longValue + "\n");
  }

  @Test
  void refusesWhatIsNotATreeAndSaysWhere() {
    Map<String, Object> spec = new HashMap<>();
    spec.put("replicas", null);
    Map<String, Object> withNull = Map.of("spec", spec);

    assertThatThrownBy(() -> yaml.writeTree(withNull))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("null at $.spec.replicas");
    assertThatThrownBy(() -> yaml.writeTree(Map.of("list", List.of(Map.of(1, "x")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key 1 at $.list[0] is not a String");
    assertThatThrownBy(() -> yaml.writeTree(Map.of("when", new java.util.Date(0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.util.Date at $.when");
    assertThatThrownBy(() -> yaml.writeTree(Map.of("k", Arrays.asList(1.0 / 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.k[0]");
  }

  @Test
  void refusesUnpairedSurrogates() {
    assertThatThrownBy(() -> yaml.writeTree(Map.of("k", "a\uD83Db")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired surrogate U+D83D in a string at $.k");
    assertThat(yaml.writeTree(Map.of("k", "\uD83D\uDE80"))).isEqualTo("k: \uD83D\uDE80\n");
  }
}
