package dev.alluxiok8s.kube.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathJoinerTest {

  @Test
  void joinsWithDotsAndKeepsIndexesAttached() {
    assertThat(PathJoiner.join("spec.levels[1]", "quota")).isEqualTo("spec.levels[1].quota");
    assertThat(PathJoiner.join("spec.levels", "[1]")).isEqualTo("spec.levels[1]");
    assertThat(PathJoiner.join("", "quota")).isEqualTo("quota");
    assertThat(PathJoiner.join("spec", "")).isEqualTo("spec");
    assertThat(PathJoiner.join("", "")).isEmpty();
  }

  @Test
  void quotesMapKeysThatAreNotPlainWords() {
    assertThat(PathJoiner.key("nodeSelector", "disk")).isEqualTo("nodeSelector.disk");
    assertThat(PathJoiner.key("nodeSelector", "disk-type_2")).isEqualTo("nodeSelector.disk-type_2");
    assertThat(PathJoiner.key("properties", "alluxio.user.file.writetype.default"))
        .isEqualTo("properties.\"alluxio.user.file.writetype.default\"");
    assertThat(PathJoiner.key("labels", "example.com/tier")).isEqualTo("labels.\"example.com/tier\"");
    assertThat(PathJoiner.key("labels", "1st")).isEqualTo("labels.\"1st\"");
    assertThat(PathJoiner.key("labels", "")).isEqualTo("labels.\"\"");
    assertThat(PathJoiner.key("labels", "say \"hi\"")).isEqualTo("labels.\"say \\\"hi\\\"\"");
    // A key ending in a backslash (the fuzzer found the top-level key spe\) must not swallow the closing quote.
    assertThat(PathJoiner.key("", "spe\\")).isEqualTo("\"spe\\\\\"");
    assertThat(PathJoiner.key("", "spec")).isEqualTo("spec");
  }

  @Test
  void indexesLists() {
    assertThat(PathJoiner.index("levels", 0)).isEqualTo("levels[0]");
    assertThat(PathJoiner.join(PathJoiner.index(PathJoiner.join(PathJoiner.index("levels", 1), "directories"), 0), "quota"))
        .isEqualTo("levels[1].directories[0].quota");
  }
}
