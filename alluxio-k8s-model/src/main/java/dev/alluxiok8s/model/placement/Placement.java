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
 * Where a component's pods may run: a node selector, tolerations and an affinity.
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
    problems.throwIfAny();
  }
}
