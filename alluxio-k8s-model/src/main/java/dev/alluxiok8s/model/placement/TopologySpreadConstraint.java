package dev.alluxiok8s.model.placement;

import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How a component's pods spread over a topology (zones, nodes), with the fields and rules of
 * Kubernetes' {@code TopologySpreadConstraint}. Without a {@link #labelSelector()} the constraint
 * counts the component's own pods, which is what spreading one component means; Kubernetes itself
 * would count no pod at all, and the constraint would never hold anything back.
 *
 * <pre>{@code
 * TopologySpreadConstraint zones = TopologySpreadConstraint.builder()
 *     .topologyKey("topology.kubernetes.io/zone").whenUnsatisfiable("DoNotSchedule").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTopologySpreadConstraint.class)
@JsonDeserialize(as = ImmutableTopologySpreadConstraint.class)
public interface TopologySpreadConstraint {

  Set<String> WHEN_UNSATISFIABLE = Set.of("DoNotSchedule", "ScheduleAnyway");
  Set<String> POLICIES = Set.of("Honor", "Ignore");

  /** How many more matching pods one topology domain may hold than the emptiest; at least 1. */
  @Value.Default
  default int maxSkew() {
    return 1;
  }

  /** The node label whose values are the domains ({@code topology.kubernetes.io/zone}). */
  String topologyKey();

  /** {@code DoNotSchedule} or {@code ScheduleAnyway}. */
  String whenUnsatisfiable();

  /** A Kubernetes {@code LabelSelector} ({@code matchLabels}, {@code matchExpressions}); empty: the component's pods. */
  Map<String, Object> labelSelector();

  /** The fewest eligible domains; only with {@code DoNotSchedule}. */
  Optional<Integer> minDomains();

  /** {@code Honor} or {@code Ignore}: whether the pods' node affinity and selector narrow the domains. */
  Optional<String> nodeAffinityPolicy();

  /** {@code Honor} or {@code Ignore}: whether node taints narrow the domains. */
  Optional<String> nodeTaintsPolicy();

  /** Pod label keys whose values also select the counted pods (a rollout's revision). */
  List<String> matchLabelKeys();

  static ImmutableTopologySpreadConstraint.Builder builder() {
    return ImmutableTopologySpreadConstraint.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("TopologySpreadConstraint");
    problems.require(maxSkew() >= 1, "maxSkew", "must be greater than zero, got " + maxSkew());
    problems.require(KubernetesNames.isQualifiedName(topologyKey()), "topologyKey",
        "\"" + topologyKey() + "\" is not a valid label key");
    problems.require(WHEN_UNSATISFIABLE.contains(whenUnsatisfiable()), "whenUnsatisfiable",
        "Unsupported value: \"" + whenUnsatisfiable() + "\": supported values: \"DoNotSchedule\", \"ScheduleAnyway\"");
    minDomains().ifPresent(m -> {
      problems.require(m >= 1, "minDomains", "must be greater than zero, got " + m);
      problems.require("DoNotSchedule".equals(whenUnsatisfiable()), "minDomains",
          "can only be used when whenUnsatisfiable is \"DoNotSchedule\"");
    });
    nodeAffinityPolicy().ifPresent(p -> problems.require(POLICIES.contains(p), "nodeAffinityPolicy",
        "Unsupported value: \"" + p + "\": supported values: \"Honor\", \"Ignore\""));
    nodeTaintsPolicy().ifPresent(p -> problems.require(POLICIES.contains(p), "nodeTaintsPolicy",
        "Unsupported value: \"" + p + "\": supported values: \"Honor\", \"Ignore\""));
    for (int i = 0; i < matchLabelKeys().size(); i++) {
      String key = matchLabelKeys().get(i);
      problems.require(KubernetesNames.isQualifiedName(key), PathJoiner.index("matchLabelKeys", i),
          "\"" + key + "\" is not a valid label key");
    }
    AffinityShape.checkLabelSelector(problems, "labelSelector", labelSelector());
    problems.throwIfAny();
  }
}
