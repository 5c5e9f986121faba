package dev.alluxiok8s.model.container;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import org.junit.jupiter.api.Test;

class EmptyDirSourceTest {

  @Test
  void onTheNodesDiskOrInMemoryWithAnOptionalLimit() {
    assertThat(EmptyDirSource.builder().medium("Memory").sizeLimit("1Gi").build().medium()).contains("Memory");
    // An empty medium is Kubernetes' own way of saying the node's disk.
    assertThat(EmptyDirSource.builder().medium("").sizeLimit("0").build().medium()).contains("");
  }

  @Test
  void refusesAnotherMediumAndALimitThatIsNoSize() {
    assertThat(problemsOf("EmptyDirSource", () -> EmptyDirSource.builder().medium("HugePages").sizeLimit("-1Gi").build()))
        .containsExactly(
            problem("medium", "\"HugePages\" is not a medium; use Memory, or leave it out for the node's disk"),
            problem("sizeLimit", "\"-1Gi\" is not a Kubernetes quantity (" + dev.alluxiok8s.kube.quantity.Quantity.EXAMPLES + ")"));
    assertThat(problemsOf("EmptyDirSource", () -> EmptyDirSource.builder().sizeLimit("lots").build()))
        .containsExactly(problem("sizeLimit", "\"lots\" is not a Kubernetes quantity ("
            + dev.alluxiok8s.kube.quantity.Quantity.EXAMPLES + ")"));
  }

  @Test
  void refusesALimitInMilliBytes() {
    assertThat(problemsOf("EmptyDirSource", () -> EmptyDirSource.builder().sizeLimit("512m").build()))
        .containsExactly(problem(SpecRule.SIZE_UNIT, "sizeLimit", "\"512m\" is 0.512 bytes ('m' means milli); did you mean 512Mi?"));
  }
}
