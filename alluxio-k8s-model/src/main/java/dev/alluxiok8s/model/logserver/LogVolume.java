package dev.alluxiok8s.model.logserver;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.kube.quantity.Quantity;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import dev.alluxiok8s.model.check.SizeUnits;
import dev.alluxiok8s.model.volume.VolumeKind;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where the log server keeps the logs every process sends it: a claim by default (the logs
 * outlive the pod), a directory of the node ({@code hostPath}, with {@link #path()}), or an
 * {@code emptyDir} that dies with the pod.
 *
 * <pre>{@code
 * LogVolume onNode = LogVolume.builder().kind(VolumeKind.HOST_PATH).path("/var/log/alluxio").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLogVolume.class)
@JsonDeserialize(as = ImmutableLogVolume.class)
public interface LogVolume {

  @Value.Default
  default VolumeKind kind() {
    return VolumeKind.PERSISTENT_VOLUME_CLAIM;
  }

  /** The claim's storage request, or the emptyDir's size limit: 4Gi, as chart 0.6.54. */
  @Value.Default
  default String size() {
    return "4Gi";
  }

  /** The claim's storage class; empty uses the cluster's default class. */
  Optional<String> storageClass();

  /** The node directory of kind {@code hostPath}. */
  Optional<String> path();

  static ImmutableLogVolume.Builder builder() {
    return ImmutableLogVolume.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("LogVolume");
    Optional<Quantity> q = Quantity.parse(size());
    problems.require(q.isPresent(), "size", "\"" + size() + "\" is not a Kubernetes quantity (" + Quantity.EXAMPLES + ")");
    q.ifPresent(v -> problems.require(v.value().signum() > 0, "size", "must be greater than 0"));
    SizeUnits.check(problems, "size", size());
    storageClass().ifPresent(c -> problems.require(KubernetesNames.isDnsSubdomain(c), "storageClass",
        "\"" + c + "\" is not a storage class name (lower-case letters, digits, '-' and '.')"));
    problems.require(kind() == VolumeKind.PERSISTENT_VOLUME_CLAIM || storageClass().isEmpty(), "storageClass",
        "only applies to kind persistentVolumeClaim");
    if (kind() == VolumeKind.HOST_PATH) {
      path().ifPresentOrElse(p -> SafePaths.checkNodePath(problems, "path", p),
          () -> problems.add("path", "is required for kind hostPath: the node directory that holds the logs"));
    } else {
      problems.require(path().isEmpty(), "path", "only applies to kind hostPath");
    }
    problems.throwIfAny();
  }
}
