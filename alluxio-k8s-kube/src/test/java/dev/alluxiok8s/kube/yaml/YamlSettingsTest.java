package dev.alluxiok8s.kube.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlSettingsTest {

  private static final YamlSettings SPEC = YamlSettings.forUserFile(new ReadLimits(4096, 8, 256), "a spec file",
      "write one cluster per file");

  /** Settings with these bounds and the spec file's other choices. */
  private static YamlSettings bounds(int codePoints, int depth, int scalar, int aliases, long nodes, int documents) {
    return new YamlSettings(codePoints, depth, scalar, aliases, nodes, documents, YamlSettings.Scalars.TEXT, false,
        false, false, "a file", "", path -> false, PathStyle.ATTRIBUTES);
  }

  @Test
  void aHandWrittenFileHasOneDocumentNoAliasesAndTheGivenLimits() {
    // Built here, not only in the constant: a static field is set before any test runs, out of PIT's sight.
    assertThat(YamlSettings.forUserFile(new ReadLimits(4096, 8, 256), "a spec file", "write one cluster per file"))
        .isEqualTo(SPEC);
    assertThat(SPEC.maxCodePoints()).isEqualTo(4096);
    assertThat(SPEC.maxDepth()).isEqualTo(8);
    assertThat(SPEC.maxScalarLength()).isEqualTo(256);
    assertThat(SPEC.maxAliases()).isZero();
    assertThat(SPEC.maxDocuments()).isEqualTo(1);
    assertThat(SPEC.scalars()).isEqualTo(YamlSettings.Scalars.TEXT);
    assertThat(SPEC.refuseTags() || SPEC.refuseNulls() || SPEC.retryBlankLines()).isFalse();
    assertThat(SPEC.hideTextAt().test("spec.secrets")).isFalse();
  }

  @Test
  void manifestsAreReadAsKubectlReadsThem() {
    YamlSettings m = YamlSettings.forManifests(PathStyle.ATTRIBUTES);

    assertThat(m.scalars()).isEqualTo(YamlSettings.Scalars.KUBECTL);
    assertThat(m.maxAliases()).isEqualTo(YamlSettings.MANIFEST_MAX_ALIASES);
    assertThat(m.maxDocuments()).isEqualTo(Integer.MAX_VALUE);
    assertThat(m.retryBlankLines()).isTrue();
    assertThat(m.hideTextAt().test("data.password")).isFalse();
  }

  @Test
  void eachRefusalIsAddedWithoutLosingTheOthers() {
    YamlSettings strict = SPEC.refusingTags().refusingNulls().hidingTextAt(path -> path.startsWith("secrets"));

    assertThat(strict.refuseTags()).isTrue();
    assertThat(strict.refuseNulls()).isTrue();
    assertThat(strict.hideTextAt().test("secrets.key")).isTrue();
    assertThat(strict.maxDepth()).isEqualTo(8);
    assertThat(strict.fileKind()).isEqualTo("a spec file");
    assertThat(strict.oneDocument()).isEqualTo("write one cluster per file");
  }

  @Test
  void zeroAliasesIsAllowedButEveryOtherBoundIsPositive() {
    assertThat(bounds(1, 1, 1, 0, 1, 1).maxAliases()).isZero();
    assertThatThrownBy(() -> bounds(0, 1, 1, 0, 1, 1)).hasMessage("read limits must be positive");
    assertThatThrownBy(() -> bounds(1, 0, 1, 0, 1, 1)).hasMessage("read limits must be positive");
    assertThatThrownBy(() -> bounds(1, 1, 0, 0, 1, 1)).hasMessage("read limits must be positive");
    assertThatThrownBy(() -> bounds(1, 1, 1, -1, 1, 1)).hasMessage("read limits must be positive");
    assertThatThrownBy(() -> bounds(1, 1, 1, 0, 0, 1)).hasMessage("read limits must be positive");
    assertThatThrownBy(() -> bounds(1, 1, 1, 0, 1, 0)).hasMessage("read limits must be positive");
  }
}
