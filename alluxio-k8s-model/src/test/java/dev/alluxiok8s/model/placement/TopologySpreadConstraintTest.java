package dev.alluxiok8s.model.placement;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologySpreadConstraintTest {

  private static TopologySpreadConstraint zones(String whenUnsatisfiable) {
    return TopologySpreadConstraint.builder().topologyKey("topology.kubernetes.io/zone")
        .whenUnsatisfiable(whenUnsatisfiable).build();
  }

  @Test
  void spreadsOneAtATimeOverTheGivenDomains() {
    TopologySpreadConstraint c = zones("DoNotSchedule");
    assertThat(c.maxSkew()).isEqualTo(1);
    assertThat(c.labelSelector()).isEmpty();
  }

  @Test
  void refusesWhatTheApiServerRefusesAllInOneRun() {
    assertThat(problemsOf("TopologySpreadConstraint", () -> TopologySpreadConstraint.builder().maxSkew(0)
        .topologyKey("zone key").whenUnsatisfiable("Never").minDomains(0).nodeTaintsPolicy("honor")
        .addMatchLabelKeys("pod template hash").build()))
        .containsExactly(
            problem("maxSkew", "must be greater than zero, got 0"),
            problem("topologyKey", "\"zone key\" is not a valid label key"),
            problem("whenUnsatisfiable", "Unsupported value: \"Never\": supported values: \"DoNotSchedule\", "
                + "\"ScheduleAnyway\""),
            problem("minDomains", "must be greater than zero, got 0"),
            problem("minDomains", "can only be used when whenUnsatisfiable is \"DoNotSchedule\""),
            problem("nodeTaintsPolicy", "Unsupported value: \"honor\": supported values: \"Honor\", \"Ignore\""),
            problem("matchLabelKeys[0]", "\"pod template hash\" is not a valid label key"));
  }

  @Test
  void takesOneDomainAtLeastAndTheApiServersPolicies() {
    TopologySpreadConstraint c = TopologySpreadConstraint.builder().topologyKey("topology.kubernetes.io/zone")
        .whenUnsatisfiable("DoNotSchedule").minDomains(1).nodeAffinityPolicy("Honor").nodeTaintsPolicy("Ignore").build();
    assertThat(c.minDomains()).contains(1);
    assertThat(problemsOf("TopologySpreadConstraint", () -> TopologySpreadConstraint.builder().topologyKey("kubernetes.io/hostname")
        .whenUnsatisfiable("ScheduleAnyway").nodeAffinityPolicy("honor").build()))
        .containsExactly(problem("nodeAffinityPolicy", "Unsupported value: \"honor\": supported values: \"Honor\", \"Ignore\""));
  }

  @Test
  void checksTheLabelSelectorsShape() {
    assertThat(problemsOf("TopologySpreadConstraint", () -> TopologySpreadConstraint.builder()
        .topologyKey("kubernetes.io/hostname").whenUnsatisfiable("ScheduleAnyway")
        .putLabelSelector("matchLabel", Map.of("a", "b"))
        .putLabelSelector("matchExpressions", List.of(Map.of("key", "a", "operator", "In", "values", "b"))).build()))
        .containsExactly(
            problem(SpecRule.AFFINITY_SHAPE, "labelSelector.matchExpressions[0].values", "expected a list of strings, got a string"),
            problem(SpecRule.AFFINITY_SHAPE, "labelSelector.matchLabel", "unknown field \"matchLabel\" of LabelSelector; did you mean "
                + "\"matchLabels\"?"));
  }

  @Test
  void placementRefusesTwoConstraintsOnOneKeyAndAction() {
    assertThat(problemsOf("Placement", () -> Placement.builder().addTopologySpreadConstraints(zones("DoNotSchedule"),
        zones("ScheduleAnyway"), zones("DoNotSchedule")).build()))
        .containsExactly(problem("topologySpreadConstraints[2]", "Duplicate value: {\"topology.kubernetes.io/zone\", "
            + "\"DoNotSchedule\"}: another constraint has the same topologyKey and whenUnsatisfiable"));
  }
}
