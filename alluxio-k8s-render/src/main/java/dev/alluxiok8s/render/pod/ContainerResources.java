package dev.alluxiok8s.render.pod;

import dev.alluxiok8s.model.process.Resources;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import java.util.Map;
import java.util.TreeMap;

/** A process's resources as a container's {@code resources}. */
public final class ContainerResources {

  private ContainerResources() {}

  public static V1ResourceRequirements of(Resources resources) {
    V1ResourceRequirements requirements = new V1ResourceRequirements();
    if (!resources.requests().isEmpty()) {
      requirements.setRequests(quantities(resources.requests()));
    }
    if (!resources.limits().isEmpty()) {
      requirements.setLimits(quantities(resources.limits()));
    }
    return requirements;
  }

  private static Map<String, Quantity> quantities(Map<String, String> amounts) {
    Map<String, Quantity> result = new TreeMap<>();
    amounts.forEach((name, amount) -> result.put(name, Quantity.fromString(amount)));
    return result;
  }
}
