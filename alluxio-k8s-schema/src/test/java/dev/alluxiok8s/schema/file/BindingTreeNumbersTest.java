package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.yaml.ReadLimits;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Plain numbers in the binding tree: the smallest Java type that holds each, the other notations
 * YAML and Jackson read as numbers, and which texts the tree cannot keep as written.
 */
class BindingTreeNumbersTest {

  private static BindingTree tree(String yaml) {
    return BindingTree.of(DocumentScan.of("t.yaml", yaml, ReadLimits.defaults()).mapping().orElseThrow());
  }

  @Test
  void wholeNumbersTakeTheSmallestTypeThatHoldsThem() {
    JsonNode root = tree("i: 2147483647\nn: -2147483648\nl: 2147483648\nm: 9223372036854775807\nb: 9223372036854775808\n").root();

    assertThat(root.get("i").isInt()).isTrue();
    assertThat(root.get("n").isInt()).isTrue();
    assertThat(root.get("l").isLong()).isTrue();
    assertThat(root.get("m").isLong()).isTrue();
    assertThat(root.get("b").isBigInteger()).isTrue();
    assertThat(root.get("b").bigIntegerValue()).hasToString("9223372036854775808");
  }

  @Test
  void hexAndOctalAreReadAsTheirValueInfinityAndNanAsAnyNumberAndAllAreLossy() {
    BindingTree tree = tree("h: 0x1F\no: 0o17\ni: .inf\nm: -.Inf\nn: .NaN\n");

    assertThat(tree.root().get("h").intValue()).isEqualTo(31);
    assertThat(tree.root().get("o").intValue()).isEqualTo(15);
    assertThat(tree.root().get("i").isNumber()).isTrue();
    assertThat(tree.root().get("n").isNumber()).isTrue();
    assertThat(List.of("h", "o", "i", "m", "n")).allMatch(tree::isLossy);
  }

  @Test
  void aNumberIsLossyExactlyWhenItsTextIsNotHowTheTreeWritesIt() {
    BindingTree tree = tree("a: +3\nb: -0\nc: 3\nd: -3\ne: 1.50\nf: 1e3\ng: .5\nh: TRUE\ni: false\n");

    assertThat(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i")).filteredOn(tree::isLossy)
        .containsExactly("a", "b", "f", "g", "h");
    assertThat(tree.root().get("h").booleanValue()).isTrue();
  }

  @Test
  void aPathPastTheTreeKeepsTheIndexesItWasGiven() {
    BindingTree tree = tree("hostAliases:\n  - {ip: a}\n  - {ip: b}\n");

    assertThat(tree.remove("hostAliases[0]")).isTrue();

    assertThat(tree.filePath("hostAliases[0]")).isEqualTo("hostAliases[1]");
    // Past the end of the list as it is now: the index as given.
    assertThat(tree.filePath("hostAliases[1].ip")).isEqualTo("hostAliases[1].ip");
    assertThat(tree.filePath("missing[2].x")).isEqualTo("missing[2].x");
    assertThat(tree.has("hostAliases[0].ip")).isTrue();
    assertThat(tree.has("hostAliases[1]")).isFalse();
  }

  @Test
  void removingAnItemPastTheListsEndDropsTheListItself() {
    BindingTree tree = tree("hostAliases:\n  - {ip: a}\nlogLevel: INFO\n");

    assertThat(tree.remove("hostAliases[1]")).isTrue();

    assertThat(tree.root().toString()).isEqualTo("{\"logLevel\":\"INFO\"}");
  }
}
