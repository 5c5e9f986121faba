package dev.alluxiok8s.upgrade.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The leaves that differ between two object trees, in a fixed order and with kubectl's idea of equal. */
class TreeDiffTest {

  @Test
  void keysComeSortedAndListItemsByIndex() {
    Map<String, Object> before = Map.of("spec", Map.of("b", 1, "a", List.of("x", "y")));
    Map<String, Object> after = Map.of("spec", Map.of("b", 2, "a", List.of("x", "z", "w")));

    assertThat(TreeDiff.between(before, after)).containsExactly(
        new FieldChange("spec.a[1]", "y", "z"),
        new FieldChange("spec.a[2]", null, "w"),
        new FieldChange("spec.b", 1, 2));
  }

  @Test
  void aNumberAndTheSameNumberAsTextAreEqual() {
    assertThat(TreeDiff.between(Map.of("cpu", 1), Map.of("cpu", "1"))).isEmpty();
  }

  @Test
  void aMapOrListThatAppearsOrTurnsIntoAScalarIsOneChange() {
    assertThat(TreeDiff.between(Map.of(), Map.of("labels", Map.of("a", "b"))))
        .containsExactly(new FieldChange("labels", null, Map.of("a", "b")));
    assertThat(TreeDiff.between(Map.of("args", List.of("a")), Map.of("args", "a")))
        .containsExactly(new FieldChange("args", List.of("a"), "a"));
    assertThat(TreeDiff.between(Map.of("args", "a"), Map.of("args", List.of("a"))))
        .containsExactly(new FieldChange("args", "a", List.of("a")));
  }

  @Test
  void keysThatAreNoPlainNameAreBracketed() {
    assertThat(TreeDiff.between(Map.of("metadata", Map.of("annotations", Map.of("alluxio-k8s.dev/config-hash", "a"))),
        Map.of("metadata", Map.of("annotations", Map.of("alluxio-k8s.dev/config-hash", "b")))))
        .extracting(FieldChange::path).containsExactly("metadata.annotations['alluxio-k8s.dev/config-hash']");
  }

  @Test
  void aChangeIsUnderItsOwnPathAndItsAncestorsOnly() {
    FieldChange change = new FieldChange("spec.template.spec.containers[0].image", "a", "b");

    assertThat(change.isUnder("")).isTrue();
    assertThat(change.isUnder("spec.template")).isTrue();
    assertThat(change.isUnder("spec.template.spec.containers")).isTrue();
    assertThat(change.isUnder("spec.template.spec.containers[0].image")).isTrue();
    assertThat(change.isUnder("spec.temp")).isFalse();
    assertThat(change.isUnder("spec.template.spec.containers[0].imagePullPolicy")).isFalse();
  }
}
