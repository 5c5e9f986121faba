package dev.alluxiok8s.model.process;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourcesTest {

  @Test
  void ofSetsEqualRequestsAndLimits() {
    Resources r = Resources.of("1", "2Gi");
    assertThat(r.requests()).containsExactly(Map.entry("cpu", "1"), Map.entry("memory", "2Gi"));
    assertThat(r.limits()).isEqualTo(r.requests());
    assertThat(r.memoryRequest()).contains("2Gi");
    assertThat(Resources.builder().build().memoryRequest()).isEmpty();
  }

  @Test
  void acceptsARequestBelowItsLimitWhateverTheUnits() {
    Resources r = Resources.builder().putRequests("cpu", "500m").putLimits("cpu", "1")
        .putRequests("memory", "1G").putLimits("memory", "1Gi")
        .putRequests("ephemeral-storage", "1Gi").putLimits("example.com/gpu", "1").build();
    assertThat(r.requests()).containsKeys("cpu", "memory", "ephemeral-storage");
  }

  @Test
  void refusesARequestAboveItsLimit() {
    assertThat(problemsOf("Resources", () -> Resources.builder().putRequests("memory", "1Gi").putLimits("memory", "1G")
        .putRequests("cpu", "1500m").putLimits("cpu", "1").build()))
        .containsExactly(
            problem("requests.cpu", "must be less than or equal to cpu limit of 1"),
            problem("requests.memory", "must be less than or equal to memory limit of 1G"));
  }

  @Test
  void refusesAmountsThatAreNotQuantitiesOrAreNegative() {
    assertThat(problemsOf("Resources", () -> Resources.builder().putRequests("memory", "1GB").putLimits("cpu", "-1").build()))
        .containsExactly(
            problem("requests.memory", "\"1GB\" is not a Kubernetes quantity (examples: 10Gi, 500M, 250m, 2)"),
            problem("limits.cpu", "must be greater than or equal to 0"));
  }

  @Test
  void refusesResourceNamesThatAreNotQualifiedNames() {
    assertThat(problemsOf("Resources", () -> Resources.builder().putRequests("my memory", "1").build()))
        .containsExactly(problem("requests.\"my memory\"",
            "\"my memory\" is not a resource name (examples: cpu, memory, ephemeral-storage)"));
  }

  @Test
  void refusesMemoryInMilliBytesButNotCpuInMillicores() {
    assertThat(Resources.of("500m", "1Gi").requests()).containsEntry("cpu", "500m");
    assertThat(problemsOf("Resources", () -> Resources.of("1", "512m")))
        .containsExactly(
            problem(SpecRule.SIZE_UNIT, "requests.memory", "\"512m\" is 0.512 bytes ('m' means milli); did you mean 512Mi?"),
            problem(SpecRule.SIZE_UNIT, "limits.memory", "\"512m\" is 0.512 bytes ('m' means milli); did you mean 512Mi?"));
  }
}
