package dev.alluxiok8s.render.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.container.EnvVar;
import dev.alluxiok8s.model.container.EnvVarSource;
import dev.alluxiok8s.model.container.FieldSelector;
import dev.alluxiok8s.model.container.ImmutableEnvVarSource;
import dev.alluxiok8s.model.container.ImmutableKeySelector;
import dev.alluxiok8s.model.container.KeySelector;
import dev.alluxiok8s.model.container.ResourceFieldSelector;
import dev.alluxiok8s.model.process.WorkerProcess;
import dev.alluxiok8s.model.worker.Workers;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.worker.WorkerRenderer;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1ResourceFieldSelector;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtraEnvTest {

  private static EnvVar from(String name, ImmutableEnvVarSource.Builder source) {
    return EnvVar.from(name, source.build());
  }

  private static KeySelector optional(String name, String key) {
    return ImmutableKeySelector.builder().name(name).key(key).optional(true).build();
  }

  @Test
  void eachKindOfSourceBecomesTheSameKubernetesSourceWithItsOptionalFieldsOnlyWhenGiven() {
    List<EnvVar> env = List.of(
        from("TOKEN", EnvVarSource.builder().secretKeyRef(KeySelector.of("agent", "token"))),
        from("SPARE_TOKEN", EnvVarSource.builder().secretKeyRef(optional("agent-spare", "token"))),
        from("REGION", EnvVarSource.builder().configMapKeyRef(KeySelector.of("site", "region"))),
        from("ZONE", EnvVarSource.builder().configMapKeyRef(optional("site", "zone"))),
        from("NODE", EnvVarSource.builder().fieldRef(FieldSelector.of("spec.nodeName"))),
        from("CPUS", EnvVarSource.builder().resourceFieldRef(ResourceFieldSelector.builder().resource("limits.cpu")
            .build())),
        from("MEMORY_MB", EnvVarSource.builder().resourceFieldRef(ResourceFieldSelector.builder()
            .resource("limits.memory").containerName("alluxio-worker").divisor("1Mi").build())));

    assertThat(ExtraEnv.of(env)).containsExactly(
        new V1EnvVar().name("TOKEN").valueFrom(new V1EnvVarSource()
            .secretKeyRef(new V1SecretKeySelector().name("agent").key("token"))),
        new V1EnvVar().name("SPARE_TOKEN").valueFrom(new V1EnvVarSource()
            .secretKeyRef(new V1SecretKeySelector().name("agent-spare").key("token").optional(true))),
        new V1EnvVar().name("REGION").valueFrom(new V1EnvVarSource()
            .configMapKeyRef(new V1ConfigMapKeySelector().name("site").key("region"))),
        new V1EnvVar().name("ZONE").valueFrom(new V1EnvVarSource()
            .configMapKeyRef(new V1ConfigMapKeySelector().name("site").key("zone").optional(true))),
        new V1EnvVar().name("NODE").valueFrom(new V1EnvVarSource()
            .fieldRef(new V1ObjectFieldSelector().fieldPath("spec.nodeName"))),
        new V1EnvVar().name("CPUS").valueFrom(new V1EnvVarSource()
            .resourceFieldRef(new V1ResourceFieldSelector().resource("limits.cpu"))),
        new V1EnvVar().name("MEMORY_MB").valueFrom(new V1EnvVarSource()
            .resourceFieldRef(new V1ResourceFieldSelector().resource("limits.memory").containerName("alluxio-worker")
                .divisor(Quantity.fromString("1Mi")))));
  }

  @Test
  void aProcessVariableFollowsTheOnesTheWorkerSets() {
    var cluster = Clusters.with(spec -> spec.workers(Workers.builder()
        .worker(WorkerProcess.builder().addEnv(from("NODE", EnvVarSource.builder()
            .fieldRef(FieldSelector.of("spec.nodeName")))).build()).build()));

    V1DaemonSet workers = (V1DaemonSet) new WorkerRenderer(Clusters.context(cluster)).daemonSet().object();

    List<V1EnvVar> env = workers.getSpec().getTemplate().getSpec().getContainers().stream()
        .filter(c -> c.getName().equals("alluxio-worker")).findFirst().orElseThrow().getEnv();
    assertThat(env.get(env.size() - 1)).isEqualTo(new V1EnvVar().name("NODE").valueFrom(new V1EnvVarSource()
        .fieldRef(new V1ObjectFieldSelector().fieldPath("spec.nodeName"))));
  }
}
