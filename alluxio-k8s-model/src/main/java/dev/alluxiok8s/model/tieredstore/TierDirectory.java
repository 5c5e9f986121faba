package dev.alluxiok8s.model.tieredstore;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import dev.alluxiok8s.model.check.SizeUnits;
import dev.alluxiok8s.kube.quantity.Quantity;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One directory of a tier: where the worker stores blocks, how much it may use, its medium and
 * the volume behind it.
 *
 * <pre>{@code
 * TierDirectory ssd = TierDirectory.builder().path("/mnt/ssd0").quota("100Gi").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTierDirectory.class)
@JsonDeserialize(as = ImmutableTierDirectory.class)
public interface TierDirectory {

  /** The directory inside the worker containers (and, for hostPath, on the node by default). */
  String path();

  /** A Kubernetes quantity such as {@code 100Gi}; also the emptyDir size limit. */
  Optional<String> quota();

  /** The medium of this directory; the level's alias when empty. */
  Optional<MediumType> mediumType();

  /** The volume; emptyDir for MEM and hostPath for SSD and HDD when empty. */
  Optional<TierVolume> volume();

  static ImmutableTierDirectory.Builder builder() {
    return ImmutableTierDirectory.builder();
  }

  static TierDirectory at(String path, String quota) {
    return builder().path(path).quota(quota).build();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("TierDirectory");
    SafePaths.checkContainerPath(problems, "path", path());
    problems.require(!path().contains(","), "path",
        "may not contain ',' (Alluxio separates directories with commas); give each directory its own entry");
    quota().ifPresent(q -> {
      Optional<Quantity> parsed = Quantity.parse(q);
      problems.require(parsed.isPresent(), "quota",
          "\"" + q + "\" is not a Kubernetes quantity (examples: 10Gi, 500M)");
      parsed.ifPresent(v -> problems.require(v.value().signum() > 0, "quota", "must be greater than 0"));
      SizeUnits.check(problems, "quota", q);
    });
    problems.throwIfAny();
  }
}
