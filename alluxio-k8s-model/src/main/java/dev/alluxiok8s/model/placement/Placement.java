package dev.alluxiok8s.model.placement;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.Problems;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a component's pods may run: a node selector, tolerations, an affinity and how they spread
 * over zones or nodes.
 *
 * <p>{@code affinity} is a Kubernetes {@code Affinity} object given as is; it is copied into the
 * pod spec and checked against the Kubernetes API structure when the cluster is rendered.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutablePlacement.class)
@JsonDeserialize(as = ImmutablePlacement.class)
public interface Placement {

  @Value.NaturalOrder
  SortedMap<String, String> nodeSelector();

  List<Toleration> tolerations();

  /** A Kubernetes {@code Affinity} ({@code nodeAffinity}, {@code podAffinity}, {@code podAntiAffinity}). */
  Map<String, Object> affinity();

  /** How the pods spread over zones or nodes, each constraint counting the component's own pods unless it selects others. */
  List<TopologySpreadConstraint> topologySpreadConstraints();

  static ImmutablePlacement.Builder builder() {
    return ImmutablePlacement.builder();
  }

  static Placement anywhere() {
    return builder().build();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("Placement");
    nodeSelector().forEach((key, value) -> {
      String at = PathJoiner.key("nodeSelector", key);
      problems.require(KubernetesNames.isQualifiedName(key), at, "\"" + key + "\" is not a valid label key");
      problems.require(KubernetesNames.isLabelValue(value), at, "\"" + value + "\" is not a valid label value");
    });
    AffinityShape.check(problems, "affinity", affinity());
    java.util.Set<String> spreads = new java.util.HashSet<>();
    for (int i = 0; i < topologySpreadConstraints().size(); i++) {
      TopologySpreadConstraint c = topologySpreadConstraints().get(i);
      // The API server refuses two constraints on one topology key and one action.
      problems.require(spreads.add(c.topologyKey() + "\n" + c.whenUnsatisfiable()),
          PathJoiner.index("topologySpreadConstraints", i), "Duplicate value: {\"" + c.topologyKey() + "\", \""
              + c.whenUnsatisfiable() + "\"}: another constraint has the same topologyKey and whenUnsatisfiable");
    }
    problems.throwIfAny();
  }
}
