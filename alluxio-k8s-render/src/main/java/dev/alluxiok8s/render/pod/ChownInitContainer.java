package dev.alluxiok8s.render.pod;

import dev.alluxiok8s.model.ClusterSpec;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An init container that hands node directories (hostPath volumes) to Alluxio's user: the kubelet
 * creates them owned by root, and an fsGroup does not apply to hostPath volumes. It runs as root
 * with only the CHOWN capability, and only when Alluxio itself does not run as root.
 *
 * <p>It changes the owner of each volume's own directory, not recursively: Alluxio creates what
 * it stores below it, so those files are already its own, while a recursive walk would re-own
 * other tenants' files, fail on any directory it cannot read (CHOWN alone does not bypass read
 * permissions) and take minutes on a large disk tier.
 */
public final class ChownInitContainer {

  private ChownInitContainer() {}

  /** The init container for {@code mounts}, or empty when there is nothing to hand over. */
  public static Optional<V1Container> of(ClusterSpec spec, List<V1VolumeMount> mounts) {
    if (spec.runAs().isRoot() || mounts.isEmpty()) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>(List.of("chown", spec.runAs().user() + ":" + spec.runAs().group()));
    mounts.forEach(m -> command.add(m.getMountPath()));
    return Optional.of(new V1Container()
        .name("chown-node-directories")
        .image(spec.images().alluxio().reference())
        .imagePullPolicy(spec.images().alluxio().pullPolicy().value())
        .command(command)
        .resources(new V1ResourceRequirements()
            .requests(Map.of("cpu", Quantity.fromString("10m"), "memory", Quantity.fromString("32Mi")))
            .limits(Map.of("cpu", Quantity.fromString("100m"), "memory", Quantity.fromString("64Mi"))))
        .securityContext(SecurityContexts.chown())
        .volumeMounts(List.copyOf(mounts)));
  }
}
