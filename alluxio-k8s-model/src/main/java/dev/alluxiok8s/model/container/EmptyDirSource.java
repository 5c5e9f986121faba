package dev.alluxiok8s.model.container;

import dev.alluxiok8s.kube.quantity.Quantity;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SizeUnits;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A scratch directory that lives as long as the pod, on the node's disk or in memory. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableEmptyDirSource.class)
@JsonDeserialize(as = ImmutableEmptyDirSource.class)
public interface EmptyDirSource {

  /** {@code Memory} for a RAM disk; empty for the node's disk. */
  Optional<String> medium();

  /** The most the directory may hold, a Kubernetes quantity such as {@code 1Gi}. */
  Optional<String> sizeLimit();

  static ImmutableEmptyDirSource.Builder builder() {
    return ImmutableEmptyDirSource.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("EmptyDirSource");
    medium().ifPresent(m -> problems.require(m.equals("Memory") || m.isEmpty(), "medium",
        "\"" + m + "\" is not a medium; use Memory, or leave it out for the node's disk"));
    sizeLimit().ifPresent(s -> {
      if (Quantity.parse(s).filter(q -> !q.isNegative()).isEmpty()) {
        problems.add("sizeLimit", "\"" + s + "\" is not a Kubernetes quantity (" + Quantity.EXAMPLES + ")");
      } else {
        SizeUnits.check(problems, "sizeLimit", s);
      }
    });
    problems.throwIfAny();
  }
}
