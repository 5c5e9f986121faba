package dev.alluxiok8s.validation.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Releases as users write them, and the gates rules put on them. */
class KubernetesVersionTest {

  @Test
  void readsTheReleaseWithOrWithoutVAndPatch() {
    assertThat(KubernetesVersion.parse("v1.30.2")).isEqualTo(KubernetesVersion.of(1, 30)).hasToString("1.30");
    assertThat(KubernetesVersion.parse(" 1.0 ")).isEqualTo(KubernetesVersion.of(1, 0));
  }

  @Test
  void refusesWhatIsNotAOneDotXRelease() {
    assertThatThrownBy(() -> KubernetesVersion.parse("1.x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a Kubernetes version: \"1.x\", expected for example 1.36");
    assertThatThrownBy(() -> KubernetesVersion.parse("2.1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a Kubernetes 1.x release: 2.1");
    assertThatThrownBy(() -> KubernetesVersion.of(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGateOpensAtItsReleaseAndStaysOpen() {
    KubernetesVersion v132 = KubernetesVersion.of(1, 32);

    assertThat(v132.isAtLeast(1, 31)).isTrue();
    assertThat(v132.isAtLeast(1, 32)).isTrue();
    assertThat(v132.isAtLeast(1, 33)).isFalse();
    assertThat(v132).isLessThan(KubernetesVersion.DEFAULT).isGreaterThan(KubernetesVersion.of(1, 9));
  }
}
