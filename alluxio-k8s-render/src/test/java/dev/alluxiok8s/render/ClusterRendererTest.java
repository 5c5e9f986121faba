package dev.alluxiok8s.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.render.object.RenderedObject;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.ImmutableClusterSpec;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.process.WorkerProcess;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.worker.Workers;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ClusterRendererTest {

  @Test
  void objectsComeInApplyOrder() {
    RenderedCluster rendered = ClusterRenderer.create().render(Clusters.highlyAvailable());

    assertThat(rendered.objects()).extracting(RenderedObject::toString).containsExactly(
        "ConfigMap/alluxio-config",
        "Service/alluxio-master",
        "Service/alluxio-master-0",
        "Service/alluxio-master-1",
        "Service/alluxio-master-2",
        "StatefulSet/alluxio-master",
        "PodDisruptionBudget/alluxio-master",
        "DaemonSet/alluxio-worker");
  }

  @Test
  void theSameClusterGivesTheSameBytesInAnyLocaleAndTimeZone() {
    AlluxioCluster cluster = Clusters.highlyAvailable();
    String first = ClusterRenderer.create().render(cluster).toYaml();
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertThat(ClusterRenderer.create().render(cluster).toYaml()).isEqualTo(first);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void theOrderInWhichMapsWereFilledDoesNotMatter() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      keys.add("alluxio.master.mount.table.m" + i + ".alluxio");
    }
    String first = null;
    Random random = new Random(42);
    for (int round = 0; round < 5; round++) {
      Collections.shuffle(keys, random);
      Map<String, String> properties = new LinkedHashMap<>();
      keys.forEach(k -> properties.put(k, "v-" + k.length()));
      String yaml = ClusterRenderer.create().render(Clusters.with(spec -> spec.putAllProperties(properties))).toYaml();
      if (first == null) {
        first = yaml;
      }
      assertThat(yaml).isEqualTo(first);
    }
  }

  @Test
  void userLabelsReachEveryObjectButNotTheSelectors() {
    AlluxioCluster cluster = AlluxioCluster.builder().from(Clusters.minimal())
        .metadata(ClusterMetadata.builder().name("alluxio").putLabels("team", "data").build())
        .build();

    RenderedCluster rendered = ClusterRenderer.create().render(cluster);

    assertThat(rendered.objects()).allSatisfy(o ->
        assertThat(o.object().getMetadata().getLabels()).containsEntry("team", "data"));
    V1StatefulSet sts = (V1StatefulSet) rendered.objects().stream()
        .filter(o -> o.object() instanceof V1StatefulSet).findFirst().orElseThrow().object();
    assertThat(sts.getSpec().getSelector().getMatchLabels()).doesNotContainKey("team")
        .doesNotContainKey("app.kubernetes.io/version");
  }

  @Test
  void aConfigurationChangeRollsThePods() {
    String before = configHash(Clusters.minimal());
    String after = configHash(Clusters.with(spec -> spec.putProperties("alluxio.user.block.size.bytes.default", "64MB")));

    assertThat(after).isNotEqualTo(before).hasSize(64);
  }

  @Test
  void aChangeRollsOnlyThePodsThatReadIt() {
    UnaryOperator<ImmutableClusterSpec.Builder> withFuse = spec -> spec.fuse(Fuse.builder().enabled(true)
        .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "FUSE mounts")).build());
    AlluxioCluster before = Clusters.with(withFuse);
    AlluxioCluster workerChange = Clusters.with(spec -> withFuse.apply(spec).workers(Workers.builder()
        .worker(WorkerProcess.builder().putProperties("alluxio.worker.network.reader.buffer.size", "8MB").build()).build()));
    AlluxioCluster fuseChange = Clusters.with(spec -> spec.fuse(Fuse.builder().enabled(true)
        .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "FUSE mounts"))
        .putProperties("alluxio.user.file.writetype.default", "CACHE_THROUGH").build()));

    assertThat(configHash(workerChange, "StatefulSet")).isEqualTo(configHash(before, "StatefulSet"));
    assertThat(configHash(workerChange, "DaemonSet/alluxio-fuse")).isEqualTo(configHash(before, "DaemonSet/alluxio-fuse"));
    assertThat(configHash(workerChange, "DaemonSet/alluxio-worker")).isNotEqualTo(configHash(before, "DaemonSet/alluxio-worker"));
    assertThat(configHash(fuseChange, "StatefulSet")).isEqualTo(configHash(before, "StatefulSet"));
    assertThat(configHash(fuseChange, "DaemonSet/alluxio-worker")).isEqualTo(configHash(before, "DaemonSet/alluxio-worker"));
    assertThat(configHash(fuseChange, "DaemonSet/alluxio-fuse")).isNotEqualTo(configHash(before, "DaemonSet/alluxio-fuse"));
  }

  @Test
  void customizationsChangeTypedObjectsBeforeTheyAreWritten() {
    ClusterRenderer renderer = ClusterRenderer.create().with(Customization.forKind(V1StatefulSet.class, sts ->
        sts.getSpec().getTemplate().getSpec().addContainersItem(new V1Container().name("log-shipper").image("fluent/fluent-bit:3.1.4"))));

    String yaml = renderer.render(Clusters.minimal()).toYaml();

    assertThat(yaml).contains("- name: log-shipper\n          image: fluent/fluent-bit:3.1.4\n");
  }

  /** The config hash on the pod template of the first workload whose "Kind/name" starts with {@code workload}. */
  private static String configHash(AlluxioCluster cluster, String workload) {
    RenderedObject object = ClusterRenderer.create().render(cluster).objects().stream()
        .filter(o -> o.toString().startsWith(workload)).findFirst().orElseThrow();
    V1PodTemplateSpec template = object.object() instanceof V1StatefulSet sts ? sts.getSpec().getTemplate()
        : ((V1DaemonSet) object.object()).getSpec().getTemplate();
    return template.getMetadata().getAnnotations().get("alluxio-k8s.dev/config-hash");
  }

  private static String configHash(AlluxioCluster cluster) {
    V1StatefulSet sts = (V1StatefulSet) ClusterRenderer.create().render(cluster).objects().stream()
        .filter(o -> o.object() instanceof V1StatefulSet).findFirst().orElseThrow().object();
    return sts.getSpec().getTemplate().getMetadata().getAnnotations().get("alluxio-k8s.dev/config-hash");
  }
}
