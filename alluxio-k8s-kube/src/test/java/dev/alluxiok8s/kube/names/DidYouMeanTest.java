package dev.alluxiok8s.kube.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  @Test
  void suggestsCloseNames() {
    assertThat(DidYouMean.closest("RequiredDuringSchedulingIgnoredDuringExecution",
        List.of("preferredDuringSchedulingIgnoredDuringExecution", "requiredDuringSchedulingIgnoredDuringExecution")))
        .contains("requiredDuringSchedulingIgnoredDuringExecution");
    assertThat(DidYouMean.closest("imagePullPolicyy", List.of("image", "imagePullPolicy"))).contains("imagePullPolicy");
    assertThat(DidYouMean.closest("replicas", List.of("Replicas", "replica"))).contains("Replicas");
  }

  @Test
  void staysSilentWhenNothingIsClose() {
    assertThat(DidYouMean.closest("completelyDifferent", List.of("image", "name"))).isEmpty();
    assertThat(DidYouMean.closest("x", List.of())).isEmpty();
  }

  @Test
  void twoEditsAreCloseEnoughForAShortNameAndThreeAreNot() {
    assertThat(DidYouMean.closest("abcd", List.of("abxy"))).contains("abxy");
    assertThat(DidYouMean.closest("abcd", List.of("axyz"))).isEmpty();
  }

  @Test
  void tiesDoNotDependOnOrder() {
    assertThat(DidYouMean.closest("cat", Set.of("bat", "hat", "rat"))).contains("bat");
    assertThat(DidYouMean.closest("cat", List.of("rat", "hat", "bat"))).contains("bat");
    assertThat(DidYouMean.closest("cat", List.of("bat", "hat", "rat"))).contains("bat");
  }

  @Test
  void countsEdits() {
    assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
  }
}
