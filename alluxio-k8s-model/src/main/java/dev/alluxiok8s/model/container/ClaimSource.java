package dev.alluxiok8s.model.container;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** An existing PersistentVolumeClaim of the namespace; alluxio-k8s never creates it. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableClaimSource.class)
@JsonDeserialize(as = ImmutableClaimSource.class)
public interface ClaimSource {

  String claimName();

  @Value.Default
  default boolean readOnly() {
    return false;
  }

  static ClaimSource of(String claimName) {
    return ImmutableClaimSource.builder().claimName(claimName).build();
  }

  @Value.Check
  default void check() {
    new Problems("ClaimSource").require(KubernetesNames.isDnsSubdomain(claimName()), "claimName", "\"" + claimName()
        + "\" is not a PersistentVolumeClaim name (a DNS-1123 subdomain)").throwIfAny();
  }
}
