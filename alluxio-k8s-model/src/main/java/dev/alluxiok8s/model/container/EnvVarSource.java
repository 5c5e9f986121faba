package dev.alluxiok8s.model.container;

import dev.alluxiok8s.model.ModelStyle;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where an environment variable's value comes from when the spec does not hold it: a Secret's key
 * (for anything secret), a ConfigMap's key, a field of the pod or a container's resource. Exactly
 * one.
 *
 * <pre>{@code
 * EnvVarSource.builder().secretKeyRef(KeySelector.of("ldap-bind", "password")).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableEnvVarSource.class)
@JsonDeserialize(as = ImmutableEnvVarSource.class)
public interface EnvVarSource {

  Optional<KeySelector> secretKeyRef();

  Optional<KeySelector> configMapKeyRef();

  Optional<FieldSelector> fieldRef();

  Optional<ResourceFieldSelector> resourceFieldRef();

  static ImmutableEnvVarSource.Builder builder() {
    return ImmutableEnvVarSource.builder();
  }

  /** Whether the value comes from an object whose content the spec cannot see (a Secret or ConfigMap). */
  default boolean isFromObject() {
    return secretKeyRef().isPresent() || configMapKeyRef().isPresent();
  }

  /** How many sources are given; {@link EnvVar} requires exactly one, at its {@code valueFrom}. */
  default long sourceCount() {
    return Stream.of(secretKeyRef(), configMapKeyRef(), fieldRef(), resourceFieldRef()).filter(Optional::isPresent).count();
  }
}
