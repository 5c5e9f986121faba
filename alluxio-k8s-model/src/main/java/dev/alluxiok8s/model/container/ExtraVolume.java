package dev.alluxiok8s.model.container;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A volume a spec adds to a component's pods ({@code spec.workers.pod.volumes}), with exactly
 * one source, in Kubernetes' own field names: {@code emptyDir}, {@code configMap}, {@code secret},
 * {@code persistentVolumeClaim} or {@code hostPath}. Its name may not be one alluxio-k8s gives its
 * own volumes ({@link ReservedNames#volume}).
 *
 * <pre>{@code
 * ExtraVolume.builder().name("ca-bundle").configMap(ObjectVolumeSource.configMap("corp-ca")).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableExtraVolume.class)
@JsonDeserialize(as = ImmutableExtraVolume.class)
public interface ExtraVolume {

  /** A DNS-1123 label, unique in the pod. */
  String name();

  Optional<EmptyDirSource> emptyDir();

  Optional<ObjectVolumeSource> configMap();

  Optional<ObjectVolumeSource> secret();

  Optional<ClaimSource> persistentVolumeClaim();

  Optional<HostPathSource> hostPath();

  static ImmutableExtraVolume.Builder builder() {
    return ImmutableExtraVolume.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("ExtraVolume");
    long sources = Stream.of(emptyDir(), configMap(), secret(), persistentVolumeClaim(), hostPath())
        .filter(Optional::isPresent).count();
    problems.require(sources == 1, "name", "needs exactly one of emptyDir, configMap, secret, persistentVolumeClaim and "
        + "hostPath, got " + sources);
    configMap().ifPresent(c -> problems.require(c.name().isPresent(), "configMap", "names its ConfigMap with name, not "
        + "secretName"));
    secret().ifPresent(s -> problems.require(s.secretName().isPresent(), "secret", "names its Secret with secretName, not "
        + "name"));
    problems.throwIfAny();
  }
}
