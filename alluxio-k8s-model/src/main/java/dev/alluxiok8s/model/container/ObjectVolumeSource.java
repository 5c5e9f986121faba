package dev.alluxiok8s.model.container;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A ConfigMap or Secret of the namespace mounted as files, one per key: {@code configMap: {name:
 * ...}} or {@code secret: {secretName: ...}}, the field names Kubernetes gives each.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableObjectVolumeSource.class)
@JsonDeserialize(as = ImmutableObjectVolumeSource.class)
public interface ObjectVolumeSource {

  /** The ConfigMap's name (under {@code configMap}). */
  Optional<String> name();

  /** The Secret's name (under {@code secret}). */
  Optional<String> secretName();

  /** The files' mode, such as {@code 0440} (288); empty leaves Kubernetes' 0644. */
  Optional<Integer> defaultMode();

  /** Whether the pod may start without the object. */
  @Value.Default
  default boolean optional() {
    return false;
  }

  static ImmutableObjectVolumeSource.Builder builder() {
    return ImmutableObjectVolumeSource.builder();
  }

  static ObjectVolumeSource configMap(String name) {
    return builder().name(name).build();
  }

  static ObjectVolumeSource secret(String secretName) {
    return builder().secretName(secretName).build();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("ObjectVolumeSource");
    problems.require(name().isPresent() != secretName().isPresent(), name().isPresent() ? "secretName" : "name",
        "give name for a ConfigMap or secretName for a Secret, one of them");
    name().ifPresent(n -> problems.require(KubernetesNames.isDnsSubdomain(n), "name", "\"" + n + "\" is not a ConfigMap "
        + "name (a DNS-1123 subdomain)"));
    secretName().ifPresent(n -> problems.require(KubernetesNames.isDnsSubdomain(n), "secretName", "\"" + n
        + "\" is not a Secret name (a DNS-1123 subdomain)"));
    defaultMode().ifPresent(m -> problems.require(m >= 0 && m <= 0777, "defaultMode", "must be a file mode between 0 and "
        + "0777 (511), got " + m));
    problems.throwIfAny();
  }
}
