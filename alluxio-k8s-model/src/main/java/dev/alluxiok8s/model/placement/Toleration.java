package dev.alluxiok8s.model.placement;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.check.Problems;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A pod toleration, with the same fields and rules as Kubernetes' {@code Toleration}. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableToleration.class)
@JsonDeserialize(as = ImmutableToleration.class)
public interface Toleration {

  Set<String> OPERATORS = Set.of("Exists", "Equal");
  Set<String> EFFECTS = Set.of("NoSchedule", "PreferNoSchedule", "NoExecute");

  Optional<String> key();

  /** {@code Equal} (the default) or {@code Exists}. */
  @Value.Default
  default String operator() {
    return "Equal";
  }

  Optional<String> value();

  /** {@code NoSchedule}, {@code PreferNoSchedule} or {@code NoExecute}; empty matches all effects. */
  Optional<String> effect();

  Optional<Long> tolerationSeconds();

  static ImmutableToleration.Builder builder() {
    return ImmutableToleration.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("Toleration");
    problems.require(OPERATORS.contains(operator()), "operator",
        "Unsupported value: \"" + operator() + "\": supported values: \"Equal\", \"Exists\"");
    key().ifPresent(k -> problems.require(KubernetesNames.isQualifiedName(k), "key",
        "\"" + k + "\" is not a valid label key"));
    problems.require(key().isPresent() || operator().equals("Exists"), "operator",
        "must be \"Exists\" when key is empty");
    problems.require(!(operator().equals("Exists") && value().filter(v -> !v.isEmpty()).isPresent()), "value",
        "must be empty when operator is \"Exists\"");
    effect().ifPresent(e -> problems.require(EFFECTS.contains(e), "effect",
        "Unsupported value: \"" + e + "\": supported values: \"NoExecute\", \"NoSchedule\", \"PreferNoSchedule\""));
    problems.require(tolerationSeconds().isEmpty() || effect().filter("NoExecute"::equals).isPresent(),
        "tolerationSeconds", "may only be set when effect is \"NoExecute\"");
    problems.throwIfAny();
  }
}
