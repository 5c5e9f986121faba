package dev.alluxiok8s.model.tieredstore;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import dev.alluxiok8s.model.volume.VolumeKind;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The volume behind one tier directory: a node directory ({@code hostPath}, the default for SSD
 * and HDD), scratch space ({@code emptyDir}, the default for MEM, kept in RAM only for MEM), or an
 * existing claim ({@code persistentVolumeClaim}, shared by every worker, so it needs a
 * {@code ReadWriteMany} class).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTierVolume.class)
@JsonDeserialize(as = ImmutableTierVolume.class)
public interface TierVolume {

  VolumeKind kind();

  /** hostPath only: the node directory; the directory's own path when empty. */
  Optional<String> hostPath();

  /** persistentVolumeClaim only: the claim's name. */
  Optional<String> claimName();

  static TierVolume of(VolumeKind kind) {
    return ImmutableTierVolume.builder().kind(kind).build();
  }

  static TierVolume claim(String claimName) {
    return ImmutableTierVolume.builder().kind(VolumeKind.PERSISTENT_VOLUME_CLAIM).claimName(claimName).build();
  }

  static ImmutableTierVolume.Builder builder() {
    return ImmutableTierVolume.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("TierVolume");
    problems.require(kind() == VolumeKind.HOST_PATH || hostPath().isEmpty(), "hostPath", "only applies to kind hostPath");
    hostPath().ifPresent(p -> SafePaths.checkNodePath(problems, "hostPath", p));
    problems.require(kind() == VolumeKind.PERSISTENT_VOLUME_CLAIM || claimName().isEmpty(), "claimName",
        "only applies to kind persistentVolumeClaim");
    problems.require(kind() != VolumeKind.PERSISTENT_VOLUME_CLAIM || claimName().isPresent(), "claimName",
        "is required for kind persistentVolumeClaim");
    claimName().ifPresent(c -> problems.require(KubernetesNames.isDnsSubdomain(c), "claimName",
        "\"" + c + "\" is not a claim name (lower-case letters, digits, '-' and '.')"));
    problems.throwIfAny();
  }
}
