package dev.alluxiok8s.model.container;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.kube.quantity.Quantity;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A container's resource request or limit given to an environment variable ({@code
 * resourceFieldRef}), for example a JVM sized from its memory limit.
 *
 * <pre>{@code
 * ResourceFieldSelector.builder().resource("limits.memory").divisor("1Mi").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableResourceFieldSelector.class)
@JsonDeserialize(as = ImmutableResourceFieldSelector.class)
public interface ResourceFieldSelector {

  /** The resources Kubernetes' validation allows (hugepages-* aside, which start with {@code requests.hugepages-}). */
  List<String> RESOURCES = List.of("limits.cpu", "limits.memory", "limits.ephemeral-storage", "requests.cpu",
      "requests.memory", "requests.ephemeral-storage");

  String resource();

  /** The container whose resources are read; empty means the container the variable is in. */
  Optional<String> containerName();

  /** What the amount is divided by: {@code 1Mi} gives memory in MiB. */
  Optional<String> divisor();

  static ImmutableResourceFieldSelector.Builder builder() {
    return ImmutableResourceFieldSelector.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("ResourceFieldSelector");
    problems.require(RESOURCES.contains(resource()) || resource().matches("(limits|requests)\\.hugepages-[0-9A-Za-z]+"),
        "resource", "\"" + resource() + "\" is not a resource an environment variable may read; use one of "
            + String.join(", ", RESOURCES));
    containerName().ifPresent(n -> problems.require(KubernetesNames.isDnsLabel(n), "containerName",
        "\"" + n + "\" is not a container name (a DNS-1123 label)"));
    divisor().ifPresent(d -> problems.require(Quantity.parse(d).filter(q -> !q.isNegative()).isPresent(), "divisor",
        "\"" + d + "\" is not a Kubernetes quantity (" + Quantity.EXAMPLES + ")"));
    problems.throwIfAny();
  }
}
