package dev.alluxiok8s.model.check;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class DistinctPortsTest {

  @Test
  void acceptsDistinctPortsInRange() {
    Problems problems = new Problems("Pod");
    new DistinctPorts(problems).add("rpc", 1).add("web", 65535).add("data", 19998);
    assertThat(problems.isEmpty()).isTrue();
    assertThatCode(problems::throwIfAny).doesNotThrowAnyException();
  }

  @Test
  void refusesPortsOutOfRange() {
    Problems problems = new Problems("Pod");
    new DistinctPorts(problems).add("rpc", 0).add("web", 65536).add("data", -1);
    assertThat(problemsOf("Pod", problems::throwIfAny)).containsExactly(
        problem("rpc", "must be between 1 and 65535, inclusive, got 0"),
        problem("web", "must be between 1 and 65535, inclusive, got 65536"),
        problem("data", "must be between 1 and 65535, inclusive, got -1"));
  }

  @Test
  void namesTheFirstOwnerOfAPortGivenTwice() {
    Problems problems = new Problems("Pod");
    new DistinctPorts(problems).add("masters.ports.rpc", 19998).add("workers.ports.rpc", 19998)
        .add("workers.ports.web", 19998);
    assertThat(problemsOf("Pod", problems::throwIfAny)).containsExactly(
        problem("workers.ports.rpc", "port 19998 is already used by masters.ports.rpc"),
        problem("workers.ports.web", "port 19998 is already used by masters.ports.rpc"));
  }

  @Test
  void aPortOutOfRangeIsNotAlsoADuplicate() {
    Problems problems = new Problems("Pod");
    new DistinctPorts(problems).add("rpc", 0).add("web", 0);
    assertThat(problemsOf("Pod", problems::throwIfAny)).extracting(Diagnostic::message)
        .containsOnly("must be between 1 and 65535, inclusive, got 0");
  }
}
