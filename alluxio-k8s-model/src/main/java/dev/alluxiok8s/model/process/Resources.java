package dev.alluxiok8s.model.process;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SizeUnits;
import dev.alluxiok8s.kube.quantity.Quantity;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Compute resources of one container, as in Kubernetes: {@code requests} and {@code limits}
 * by resource name ({@code cpu}, {@code memory}, {@code ephemeral-storage}, ...).
 *
 * <pre>{@code
 * Resources r = Resources.of("1", "2Gi");   // requests == limits: cpu 1, memory 2Gi
 * }</pre>
 *
 * <p>A {@code resources} block in a spec replaces a component's default block as a whole.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableResources.class)
@JsonDeserialize(as = ImmutableResources.class)
public interface Resources {

  @Value.NaturalOrder
  SortedMap<String, String> requests();

  @Value.NaturalOrder
  SortedMap<String, String> limits();

  /** Requests equal to limits for {@code cpu} and {@code memory}, as Alluxio's chart sets them. */
  static Resources of(String cpu, String memory) {
    return builder().putRequests("cpu", cpu).putRequests("memory", memory)
        .putLimits("cpu", cpu).putLimits("memory", memory).build();
  }

  static ImmutableResources.Builder builder() {
    return ImmutableResources.builder();
  }

  /** The memory request, when there is one (Alluxio sizes a worker's RAM disk from it). */
  default Optional<String> memoryRequest() {
    return Optional.ofNullable(requests().get("memory"));
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("Resources");
    checkAmounts(problems, "requests", requests());
    checkAmounts(problems, "limits", limits());
    requests().forEach((name, request) -> {
      String limit = limits().get(name);
      if (limit == null) {
        return;
      }
      Optional<Quantity> r = Quantity.parse(request);
      Optional<Quantity> l = Quantity.parse(limit);
      if (r.isPresent() && l.isPresent() && r.get().compareTo(l.get()) > 0) {
        problems.add(PathJoiner.key("requests", name),
            "must be less than or equal to " + name + " limit of " + limit);
      }
    });
    problems.throwIfAny();
  }

  private static void checkAmounts(Problems problems, String path, Map<String, String> amounts) {
    amounts.forEach((name, amount) -> {
      String at = PathJoiner.key(path, name);
      if (!KubernetesNames.isQualifiedName(name)) {
        problems.add(at, "\"" + name + "\" is not a resource name (examples: cpu, memory, ephemeral-storage)");
      }
      Optional<Quantity> q = Quantity.parse(amount);
      if (q.isEmpty()) {
        problems.add(at, "\"" + amount + "\" is not a Kubernetes quantity (" + Quantity.EXAMPLES + ")");
      } else if (q.get().isNegative()) {
        problems.add(at, "must be greater than or equal to 0");
      } else if (name.equals("memory") || name.equals("ephemeral-storage") || name.startsWith("hugepages-")) {
        SizeUnits.check(problems, at, amount);
      }
    });
  }
}
