package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.yaml.ReadLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

class BindingTreeTest {

  private static BindingTree tree(String yaml) {
    return BindingTree.of(DocumentScan.of("t.yaml", yaml, ReadLimits.defaults()).mapping().orElseThrow());
  }

  @Test
  void aListThatLostAnElementKeepsTheFilesIndexesOfTheOthers() {
    BindingTree tree = tree("hostAliases:\n  - {ip: a}\n  - {ip: b}\n  - {ip: c}\n");

    assertThat(tree.remove("hostAliases[0]")).isTrue();
    assertThat(tree.remove("hostAliases[1]")).isTrue();

    assertThat(tree.root().toString()).isEqualTo("{\"hostAliases\":[{\"ip\":\"b\"}]}");
    assertThat(tree.filePath("hostAliases[0].ip")).isEqualTo("hostAliases[1].ip");
  }

  @Test
  void dropsTheNearestAncestorThatIsThereAndNeverTheDocument() {
    BindingTree tree = tree("spec:\n  masters: {count: 4}\n  logLevel: INFO\n");

    assertThat(tree.remove("spec.masters.ports.rpc")).isTrue();
    assertThat(tree.root().toString()).isEqualTo("{\"spec\":{\"logLevel\":\"INFO\"}}");
    assertThat(tree.remove("")).isFalse();
  }

  @Test
  void plainScalarsAreTypedByYamlsCoreSchemaAndQuotedOnesStayText() {
    BindingTree tree = tree("a: 3\nb: \"3\"\nc: 0.50\nd: true\ne: 'true'\nf: 2.9.4\n");

    assertThat(tree.root().toString()).isEqualTo("{\"a\":3,\"b\":\"3\",\"c\":0.50,\"d\":true,\"e\":\"true\",\"f\":\"2.9.4\"}");
  }

  @Test
  void aNumberWhoseTextTheTreeCannotKeepIsLossy() {
    BindingTree tree = tree("tag: 2.1e3\nold: 010\nyes: True\nfine: 2.10\n");

    assertThat(List.of("tag", "old", "yes", "fine")).filteredOn(tree::isLossy).containsExactly("tag", "old", "yes");
  }

  @Test
  void quotedKeysAreReadBack() {
    BindingTree tree = tree("properties:\n  alluxio.user.file.writetype.default: CACHE\n  \"say \\\"hi\\\"\": x\n");

    assertThat(tree.has("properties.\"alluxio.user.file.writetype.default\"")).isTrue();
    assertThat(AttributePath.segments("properties.\"say \\\"hi\\\"\"[2].x")).containsExactly("properties", "say \"hi\"", 2, "x");
  }
}
