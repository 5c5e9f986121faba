package dev.alluxiok8s.model.placement;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacementTest {

  @Test
  void anywhereHasNoConstraints() {
    Placement anywhere = Placement.anywhere();
    assertThat(anywhere.nodeSelector()).isEmpty();
    assertThat(anywhere.tolerations()).isEmpty();
    assertThat(anywhere.affinity()).isEmpty();
  }

  @Test
  void acceptsLabelsAndAnAffinity() {
    Placement p = Placement.builder().putNodeSelector("disk", "ssd").putNodeSelector("example.com/zone", "")
        .putAffinity("nodeAffinity", Map.of("requiredDuringSchedulingIgnoredDuringExecution",
            Map.of("nodeSelectorTerms", List.of(Map.of("matchExpressions", List.of(
                Map.of("key", "disk", "operator", "In", "values", List.of("ssd"))))))))
        .build();
    assertThat(p.nodeSelector()).containsOnlyKeys("disk", "example.com/zone");
  }

  @Test
  void refusesNodeSelectorsThatAreNotLabels() {
    assertThat(problemsOf("Placement", () -> Placement.builder().putNodeSelector("disk type", "fast ssd").build()))
        .containsExactly(
            problem("nodeSelector.\"disk type\"", "\"disk type\" is not a valid label key"),
            problem("nodeSelector.\"disk type\"", "\"fast ssd\" is not a valid label value"));
  }

  @Test
  void refusesUnknownAffinityFieldsInNameOrder() {
    assertThat(problemsOf("Placement", () -> Placement.builder().putAffinity("podAfinity", Map.of())
        .putAffinity("nodeAffinity", Map.of()).putAffinity("nodeSelector", Map.of()).build()))
        .containsExactly(
            problem(SpecRule.AFFINITY_SHAPE, "affinity.nodeSelector",
                "unknown field \"nodeSelector\" of Affinity (known: nodeAffinity, podAffinity, podAntiAffinity)"),
            problem(SpecRule.AFFINITY_SHAPE, "affinity.podAfinity",
                "unknown field \"podAfinity\" of Affinity; did you mean \"podAffinity\"?"));
  }

  @Test
  void dnsPolicyFollowsHostNetworking() {
    assertThat(DnsPolicy.inferred(true)).isEqualTo(DnsPolicy.CLUSTER_FIRST_WITH_HOST_NET);
    assertThat(DnsPolicy.inferred(false)).isEqualTo(DnsPolicy.CLUSTER_FIRST);
    assertThat(DnsPolicy.CLUSTER_FIRST_WITH_HOST_NET.value()).isEqualTo("ClusterFirstWithHostNet");
  }

  @Test
  void checksTheAffinitysShapeAtEachField() {
    assertThat(problemsOf("Placement", () -> Placement.builder()
        .putAffinity("nodeAffinity", 5)
        .putAffinity("podAntiAffinity", Map.of("preferredDuringSchedulingIgnoredDuringExecution", List.of(Map.of(
            "weight", 4_000_000_000L, "podAffinityTerm", Map.of("topologyKee", "kubernetes.io/hostname")))))
        .build()))
        .containsExactly(
            problem(SpecRule.AFFINITY_SHAPE, "affinity.nodeAffinity", "expected a mapping (a NodeAffinity), got the number 5"),
            problem(SpecRule.AFFINITY_SHAPE, "affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKee",
                "unknown field \"topologyKee\" of PodAffinityTerm; did you mean \"topologyKey\"?"),
            problem(SpecRule.AFFINITY_SHAPE, "affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight",
                "expected a whole number from -2147483648 to 2147483647, got the number 4000000000"));
  }
}
