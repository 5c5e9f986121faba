package dev.alluxiok8s.kube.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemedyTest {

  private static final Remedy DROP_HOST_NETWORK = new Remedy.SetAttribute("spec.workers.hostNetwork", "false");
  private static final Remedy EXEMPT = new Remedy.DeclareExemption("spec.workers.podSecurity", PodSecurityLevel.BASELINE);

  @Test
  void emptyAdviceIsNoRemedy() {
    assertThat(Remedy.advice("")).isSameAs(Remedy.none());
    assertThat(Remedy.none().isNone()).isTrue();
    assertThat(Remedy.advice("restart").isNone()).isFalse();
  }

  @Test
  void eitherOfTwoRemediesOffersBothInOrder() {
    assertThat(Remedy.either(DROP_HOST_NETWORK, EXEMPT)).isEqualTo(new Remedy.AnyOf(List.of(DROP_HOST_NETWORK, EXEMPT)));
  }

  @Test
  void eitherDropsASideThatSaysNothing() {
    assertThat(Remedy.either(Remedy.none(), EXEMPT)).isSameAs(EXEMPT);
    assertThat(Remedy.either(DROP_HOST_NETWORK, Remedy.none())).isSameAs(DROP_HOST_NETWORK);
    assertThat(Remedy.either(Remedy.none(), Remedy.none()).isNone()).isTrue();
  }

  @Test
  void aChoiceNeedsTwoRemedies() {
    assertThatThrownBy(() -> new Remedy.AnyOf(List.of(EXEMPT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("AnyOf needs at least two choices");
  }

  @Test
  void anAnnotationExemptionIsWordedTheSameInEveryFrontEnd() {
    Remedy annotate = new Remedy.AnnotateExemption("alluxio.dev/pod-security", "alluxio.dev/pod-security-reason",
        PodSecurityLevel.PRIVILEGED);

    assertThat(JavaApiWording.INSTANCE.words(annotate)).isEqualTo("declare an exemption with the annotations"
        + " alluxio.dev/pod-security (privileged, the level the pod reaches) and alluxio.dev/pod-security-reason");
    assertThat(JavaApiWording.INSTANCE.words(Remedy.none())).isEmpty();
    assertThat(JavaApiWording.INSTANCE.words(Remedy.advice("restart the pod"))).isEqualTo("restart the pod");
  }
}
