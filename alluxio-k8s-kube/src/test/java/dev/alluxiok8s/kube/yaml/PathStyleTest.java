package dev.alluxiok8s.kube.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathStyleTest {

  private static final PathStyle PATHS = PathStyle.ATTRIBUTES;

  @Test
  void buildsPathsAsMessagesSpellThem() {
    assertThat(PATHS.key(PATHS.index("spec.levels", 1), "quota")).isEqualTo("spec.levels[1].quota");
    assertThat(PATHS.key("properties", "alluxio.user.file.writetype.default"))
        .isEqualTo("properties.\"alluxio.user.file.writetype.default\"");
  }

  @Test
  void theParentOfAnItemIsItsList() {
    assertThat(PATHS.parent("spec.levels[2]")).isEqualTo("spec.levels");
    assertThat(PATHS.parent("spec.levels[1][0]")).isEqualTo("spec.levels[1]");
  }

  @Test
  void theParentOfAKeyIsItsMapping() {
    assertThat(PATHS.parent("spec.masters.count")).isEqualTo("spec.masters");
    assertThat(PATHS.parent("spec.levels[1].quota")).isEqualTo("spec.levels[1]");
    assertThat(PATHS.parent("spec")).isEmpty();
  }

  @Test
  void aQuotedKeyIsOneStepWhateverItHolds() {
    assertThat(PATHS.parent("properties.\"alluxio.master.hostname\"")).isEqualTo("properties");
    assertThat(PATHS.parent("properties.\"say \\\"a.b\\\"\"")).isEqualTo("properties");
    assertThat(PATHS.parent("\"a.b\"")).isEmpty();
    assertThat(PATHS.parent("a[0].\"x\"")).isEqualTo("a[0]");
  }

  @Test
  void aStrayQuoteEndsAtTheStart() {
    assertThat(PATHS.parent("a.b\"")).isEmpty();
  }
}
