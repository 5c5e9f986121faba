package dev.alluxiok8s.model.container;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One key of a Secret or a ConfigMap of the namespace, as an environment variable's {@code
 * secretKeyRef} or {@code configMapKeyRef} names it.
 *
 * <pre>{@code
 * KeySelector.of("ldap-bind", "password");
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableKeySelector.class)
@JsonDeserialize(as = ImmutableKeySelector.class)
public interface KeySelector {

  /** The Secret or ConfigMap, which alluxio-k8s never creates. */
  String name();

  String key();

  /** Whether the pod may start without the object or the key (the variable is then unset). */
  @Value.Default
  default boolean optional() {
    return false;
  }

  static KeySelector of(String name, String key) {
    return ImmutableKeySelector.builder().name(name).key(key).build();
  }

  @Value.Check
  default void check() {
    new Problems("KeySelector")
        .require(KubernetesNames.isDnsSubdomain(name()), "name", "\"" + name() + "\" is not a Secret or ConfigMap name "
            + "(a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', at most 253)")
        .require(KubernetesNames.isConfigKey(key()), "key", "\"" + key() + "\" is not a key (letters, digits, '-', '_' and "
            + "'.', at most 253)")
        .throwIfAny();
  }
}
