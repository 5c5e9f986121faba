package dev.alluxiok8s.render.pod;

import dev.alluxiok8s.model.container.EnvVar;
import dev.alluxiok8s.model.container.EnvVarSource;
import dev.alluxiok8s.model.container.KeySelector;
import dev.alluxiok8s.model.process.ProcessSettings;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import java.util.ArrayList;
import java.util.List;

/**
 * A spec's own environment variables ({@code env} of a process or a sidecar) as a container's.
 * They come after the ones alluxio-k8s sets, so a value may refer to those as {@code $(NAME)};
 * the model refuses any name alluxio-k8s sets, so none is replaced.
 *
 * <pre>{@code
 * container.env(ExtraEnv.after(List.of(CredentialEnv.fromField("ALLUXIO_WORKER_HOSTNAME", "status.hostIP")), worker));
 * }</pre>
 */
public final class ExtraEnv {

  private ExtraEnv() {}

  /** {@code own}, then {@code process}'s variables; {@code null} when both are empty (no {@code env:} at all). */
  public static List<V1EnvVar> after(List<V1EnvVar> own, ProcessSettings process) {
    List<V1EnvVar> env = new ArrayList<>(own);
    env.addAll(of(process.env()));
    return env.isEmpty() ? null : env;
  }

  /** The variables as Kubernetes writes them. */
  public static List<V1EnvVar> of(List<EnvVar> env) {
    return env.stream().map(ExtraEnv::variable).toList();
  }

  private static V1EnvVar variable(EnvVar v) {
    V1EnvVar out = new V1EnvVar().name(v.name());
    v.value().ifPresent(out::setValue);
    v.valueFrom().ifPresent(s -> out.setValueFrom(source(s)));
    return out;
  }

  private static V1EnvVarSource source(EnvVarSource s) {
    V1EnvVarSource out = new V1EnvVarSource();
    s.secretKeyRef().ifPresent(k -> out.setSecretKeyRef(secret(k)));
    s.configMapKeyRef().ifPresent(k -> out.setConfigMapKeyRef(configMap(k)));
    s.fieldRef().ifPresent(f -> out.setFieldRef(new V1ObjectFieldSelector().fieldPath(f.fieldPath())));
    s.resourceFieldRef().ifPresent(r -> {
      V1ResourceFieldSelector selector = new V1ResourceFieldSelector().resource(r.resource());
      r.containerName().ifPresent(selector::setContainerName);
      r.divisor().ifPresent(d -> selector.setDivisor(Quantity.fromString(d)));
      out.setResourceFieldRef(selector);
    });
    return out;
  }

  private static V1SecretKeySelector secret(KeySelector k) {
    V1SecretKeySelector out = new V1SecretKeySelector().name(k.name()).key(k.key());
    if (k.optional()) {
      out.setOptional(true);
    }
    return out;
  }

  private static V1ConfigMapKeySelector configMap(KeySelector k) {
    V1ConfigMapKeySelector out = new V1ConfigMapKeySelector().name(k.name()).key(k.key());
    if (k.optional()) {
      out.setOptional(true);
    }
    return out;
  }
}
