package dev.alluxiok8s.model.check;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void throwsNothingWhenEveryRequirementHolds() {
    Problems problems = new Problems("TierDirectory").require(true, "path", "never");
    assertThat(problems.isEmpty()).isTrue();
    assertThatCode(problems::throwIfAny).doesNotThrowAnyException();
  }

  @Test
  void throwsEveryProblemTogetherInOrder() {
    Problems problems = new Problems("TierDirectory")
        .require(false, "path", "must be absolute")
        .require(true, "path", "never")
        .add("quota", "must be greater than 0");
    assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidModelException.class, e -> {
      assertThat(e.typeName()).isEqualTo("TierDirectory");
      assertThat(e.diagnostics()).containsExactly(problem("path", "must be absolute"),
          problem("quota", "must be greater than 0"));
      assertThat(e).hasMessage("Invalid TierDirectory: path: must be absolute; quota: must be greater than 0");
    });
  }

  @Test
  void anExceptionNeedsAProblem() {
    assertThatThrownBy(() -> new InvalidModelException("X", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an InvalidModelException needs at least one diagnostic");
  }

  @Test
  void aProblemIsPlacedUnderItsParent() {
    assertThat(problem("quota", "m").under("spec.tieredStore.levels[1].directories[0]"))
        .isEqualTo(problem("spec.tieredStore.levels[1].directories[0].quota", "m"));
    assertThat(problem("[2]", "m").under("hostnames")).isEqualTo(problem("hostnames[2]", "m"));
    assertThat(problem("", "m").under("spec")).isEqualTo(problem("spec", "m"));
    assertThat(DiagnosticFormat.pathAndMessage(problem("", "whole file"))).isEqualTo("whole file");
    assertThat(DiagnosticFormat.pathAndMessage(problem("a.b", "m"))).isEqualTo("a.b: m");
  }

  @Test
  void everyWayOfRecordingReturnsTheSameCollectorToChainOn() {
    Problems problems = new Problems("Fuse");
    assertThat(problems.add("mountPoint", "a")).isSameAs(problems);
    assertThat(problems.add(SpecRule.SAFE_PATH, "mountPoint", "b")).isSameAs(problems);
    assertThat(problems.require(false, SpecRule.SAFE_PATH, "mountPoint", "c")).isSameAs(problems);
    assertThat(problems.require(true, SpecRule.SAFE_PATH, "mountPoint", "never")).isSameAs(problems);
    assertThat(problems.add(Diagnostic.error("alluxioPath", "d"))).isSameAs(problems);
    assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidModelException.class, e ->
        assertThat(e.diagnostics()).containsExactly(problem("mountPoint", "a"), problem(SpecRule.SAFE_PATH, "mountPoint", "b"),
            problem(SpecRule.SAFE_PATH, "mountPoint", "c"), problem("alluxioPath", "d")));
  }
}
