package dev.alluxiok8s.model.placement;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TolerationTest {

  @Test
  void toleratesATaintByKeyAndValue() {
    Toleration t = Toleration.builder().key("dedicated").value("alluxio").effect("NoSchedule").build();
    assertThat(t.operator()).isEqualTo("Equal");
  }

  @Test
  void toleratesEverythingWithExistsAndNoKey() {
    assertThat(Toleration.builder().operator("Exists").build().key()).isEmpty();
  }

  @Test
  void toleratesANoExecuteTaintForAWhile() {
    assertThat(Toleration.builder().key("node.kubernetes.io/unreachable").operator("Exists").effect("NoExecute")
        .tolerationSeconds(300L).build().tolerationSeconds()).contains(300L);
  }

  @Test
  void refusesAnUnknownOperatorAndEffect() {
    assertThat(problemsOf("Toleration", () -> Toleration.builder().key("a").operator("In").effect("NoRun").build()))
        .containsExactly(
            problem("operator", "Unsupported value: \"In\": supported values: \"Equal\", \"Exists\""),
            problem("effect", "Unsupported value: \"NoRun\": supported values: \"NoExecute\", \"NoSchedule\", \"PreferNoSchedule\""));
  }

  @Test
  void refusesEqualWithoutAKey() {
    assertThat(problemsOf("Toleration", () -> Toleration.builder().value("x").build()))
        .containsExactly(problem("operator", "must be \"Exists\" when key is empty"));
  }

  @Test
  void refusesAValueWithExists() {
    assertThat(problemsOf("Toleration", () -> Toleration.builder().key("a").operator("Exists").value("b").build()))
        .containsExactly(problem("value", "must be empty when operator is \"Exists\""));
    assertThat(Toleration.builder().key("a").operator("Exists").value("").build().value()).contains("");
  }

  @Test
  void refusesAKeyThatIsNotALabelKey() {
    assertThat(problemsOf("Toleration", () -> Toleration.builder().key("a b").build()))
        .containsExactly(problem("key", "\"a b\" is not a valid label key"));
  }

  @Test
  void refusesTolerationSecondsWithoutNoExecute() {
    assertThat(problemsOf("Toleration", () -> Toleration.builder().key("a").effect("NoSchedule").tolerationSeconds(5L).build()))
        .containsExactly(problem("tolerationSeconds", "may only be set when effect is \"NoExecute\""));
  }
}
