package dev.alluxiok8s.model.container;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An environment variable of one container: a literal {@code value}, or a {@code valueFrom}
 * source (a Secret's key for anything secret). Which names a container may be given, and which
 * values, is {@link EnvRules}' business, since it depends on the variables around it.
 *
 * <pre>{@code
 * EnvVar.of("TZ", "UTC");
 * EnvVar.from("LDAP_PASSWORD", EnvVarSource.builder().secretKeyRef(KeySelector.of("ldap", "password")).build());
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableEnvVar.class)
@JsonDeserialize(as = ImmutableEnvVar.class)
public interface EnvVar {

  /** A C identifier ({@code [A-Za-z_][A-Za-z0-9_]*}), which every shell can read back. */
  String name();

  Optional<String> value();

  Optional<EnvVarSource> valueFrom();

  static EnvVar of(String name, String value) {
    return ImmutableEnvVar.builder().name(name).value(value).build();
  }

  static EnvVar from(String name, EnvVarSource source) {
    return ImmutableEnvVar.builder().name(name).valueFrom(source).build();
  }

  static ImmutableEnvVar.Builder builder() {
    return ImmutableEnvVar.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("EnvVar");
    problems.require(value().isEmpty() || valueFrom().isEmpty(), "valueFrom", "may not be given beside value; give one of them");
    valueFrom().ifPresent(s -> problems.require(s.sourceCount() == 1, "valueFrom",
        "needs exactly one of secretKeyRef, configMapKeyRef, fieldRef and resourceFieldRef, got " + s.sourceCount()));
    problems.throwIfAny();
  }
}
