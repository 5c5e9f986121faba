package dev.alluxiok8s.model.placement;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The value kinds an affinity's fields take, checked where the spec gives them (through {@link Placement}). */
class AffinityShapeTest {

  /** An anti-affinity that prefers other nodes than the pods {@code term} selects, with {@code weight}. */
  private static ImmutablePlacement.Builder preferringAway(Object weight, Map<String, Object> term) {
    return Placement.builder().putAffinity("podAntiAffinity", Map.of("preferredDuringSchedulingIgnoredDuringExecution",
        List.of(Map.of("weight", weight, "podAffinityTerm", term))));
  }

  private static final String WEIGHT = "affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight";
  private static final String TERM = "affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm";

  @Test
  void aWeightIsAWholeNumberAsAReaderBindsIt() {
    Map<String, Object> term = Map.of("topologyKey", "kubernetes.io/hostname");
    // Jackson binds a small whole number as an Integer and a larger one as a Long.
    assertThat(preferringAway(50, term).build().affinity()).containsKey("podAntiAffinity");
    assertThat(preferringAway(50L, term).build().affinity()).containsKey("podAntiAffinity");
    assertThat(problemsOf("Placement", () -> preferringAway(0.5, term).build()))
        .containsExactly(problem(SpecRule.AFFINITY_SHAPE, WEIGHT, "expected a whole number from -2147483648 to 2147483647, "
            + "got the number 0.5"));
    assertThat(problemsOf("Placement", () -> preferringAway(true, term).build()))
        .containsExactly(problem(SpecRule.AFFINITY_SHAPE, WEIGHT, "expected a whole number from -2147483648 to 2147483647, "
            + "got a boolean"));
  }

  @Test
  void aLongNumberIsQuotedUpTo24Characters() {
    Map<String, Object> term = Map.of("topologyKey", "kubernetes.io/hostname");
    String digits24 = "123456789012345678901234";

    assertThat(problemsOf("Placement", () -> preferringAway(new BigInteger(digits24), term).build()))
        .containsExactly(problem(SpecRule.AFFINITY_SHAPE, WEIGHT, "expected a whole number from -2147483648 to 2147483647, "
            + "got the number 123456789012345678901234"));
    assertThat(problemsOf("Placement", () -> preferringAway(new BigInteger(digits24 + "5"), term).build()))
        .containsExactly(problem(SpecRule.AFFINITY_SHAPE, WEIGHT, "expected a whole number from -2147483648 to 2147483647, "
            + "got the number 123456789012345678901234..."));
  }

  @Test
  void everyItemOfAListOfStringsIsAString() {
    Map<String, Object> requirement = Map.of("key", "disk", "operator", "In", "values", List.of("ssd", 7));

    assertThat(problemsOf("Placement", () -> Placement.builder().putAffinity("nodeAffinity",
        Map.of("requiredDuringSchedulingIgnoredDuringExecution", Map.of("nodeSelectorTerms",
            List.of(Map.of("matchExpressions", List.of(requirement)))))).build()))
        .containsExactly(problem(SpecRule.AFFINITY_SHAPE, "affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
            + ".nodeSelectorTerms[0].matchExpressions[0].values[1]", "expected a string, got the number 7"));
  }

  @Test
  void matchLabelsMapNamesToStrings() {
    Map<String, Object> labels = new TreeMap<>(Map.of("app", "alluxio", "tier", 3));

    assertThat(preferringAway(50, Map.of("topologyKey", "kubernetes.io/hostname",
        "labelSelector", Map.of("matchLabels", Map.of("app", "alluxio")))).build().affinity()).containsKey("podAntiAffinity");
    assertThat(problemsOf("Placement", () -> preferringAway(50, Map.of("labelSelector", Map.of("matchLabels", labels),
        "namespaceSelector", Map.of("matchLabels", "app=alluxio"))).build()))
        .containsExactly(
            problem(SpecRule.AFFINITY_SHAPE, TERM + ".labelSelector.matchLabels.tier", "expected a string, got the number 3"),
            problem(SpecRule.AFFINITY_SHAPE, TERM + ".namespaceSelector.matchLabels",
                "expected a mapping of names to strings, got a string"));
  }

  @Test
  void namesWhatWasGivenInsteadOfTheKindExpected() {
    Map<String, Object> emptyRequired = new HashMap<>();
    // An empty value in YAML ("requiredDuringSchedulingIgnoredDuringExecution:") binds to null.
    emptyRequired.put("requiredDuringSchedulingIgnoredDuringExecution", null);

    assertThat(problemsOf("Placement", () -> Placement.builder().putAffinity("nodeAffinity", emptyRequired)
        .putAffinity("podAffinity", List.of("required")).build()))
        .containsExactly(
            problem(SpecRule.AFFINITY_SHAPE, "affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution",
                "expected a mapping (a NodeSelector), got nothing"),
            problem(SpecRule.AFFINITY_SHAPE, "affinity.podAffinity", "expected a mapping (a PodAffinity), got a list"));
    assertThat(problemsOf("Placement", () -> preferringAway(50, Map.of("topologyKey", Map.of("key", "zone"))).build()))
        .containsExactly(problem(SpecRule.AFFINITY_SHAPE, TERM + ".topologyKey", "expected a string, got a mapping"));
    // From Java any object can be put in the tree; one of no YAML kind is named as such.
    assertThat(problemsOf("Placement", () -> preferringAway(50, Map.of("topologyKey", 'z')).build()))
        .containsExactly(problem(SpecRule.AFFINITY_SHAPE, TERM + ".topologyKey", "expected a string, got a value of another kind"));
  }
}
