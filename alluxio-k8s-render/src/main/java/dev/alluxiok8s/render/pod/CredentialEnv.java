package dev.alluxiok8s.render.pod;

import dev.alluxiok8s.model.ufs.CredentialReference;
import dev.alluxiok8s.render.config.CredentialVariables;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import java.util.List;

/** Environment variables that take credential values from Secret keys, never literals. */
public final class CredentialEnv {

  private CredentialEnv() {}

  public static List<V1EnvVar> of(List<CredentialReference> credentials) {
    return credentials.stream()
        .map(c -> new V1EnvVar().name(CredentialVariables.forProperty(c.property()))
            .valueFrom(new V1EnvVarSource().secretKeyRef(new V1SecretKeySelector().name(c.secretName()).key(c.key()))))
        .toList();
  }

  /** A variable set from a field of the pod, e.g. {@code status.hostIP}. */
  public static V1EnvVar fromField(String name, String fieldPath) {
    return new V1EnvVar().name(name).valueFrom(new V1EnvVarSource()
        .fieldRef(new io.kubernetes.client.openapi.models.V1ObjectFieldSelector().fieldPath(fieldPath)));
  }
}
