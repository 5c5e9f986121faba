package dev.alluxiok8s.render.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.image.Images;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.placement.Placement;
import dev.alluxiok8s.model.placement.TopologySpreadConstraint;
import dev.alluxiok8s.model.pod.PodExtras;
import dev.alluxiok8s.model.worker.Workers;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.master.MasterRenderer;
import dev.alluxiok8s.render.worker.WorkerRenderer;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodExtrasBlockTest {

  private static final AlluxioCluster EXTRAS = Clusters.with(spec -> spec
      .serviceAccountName("alluxio")
      .images(Images.builder().addPullSecrets("registry").build())
      .workers(Workers.builder()
          .placement(Placement.builder().addTopologySpreadConstraints(TopologySpreadConstraint.builder()
              .topologyKey("topology.kubernetes.io/zone").whenUnsatisfiable("ScheduleAnyway").build()).build())
          .pod(PodExtras.builder().serviceAccountName("alluxio-worker").priorityClassName("storage")
              .addImagePullSecrets("registry", "worker-registry")
              .putLabels("example.com/team", "storage").putAnnotations("example.com/owner", "data").build())
          .build()));

  private static V1PodTemplateSpec workers(AlluxioCluster cluster) {
    return ((V1DaemonSet) new WorkerRenderer(Clusters.context(cluster)).daemonSet().object()).getSpec().getTemplate();
  }

  private static V1PodTemplateSpec masters(AlluxioCluster cluster) {
    return ((V1StatefulSet) new MasterRenderer(Clusters.context(cluster)).statefulSet().object()).getSpec().getTemplate();
  }

  @Test
  void noPodMountsAnApiTokenOrNamesAnAccountByDefault() {
    assertThat(workers(Clusters.minimal()).getSpec().getAutomountServiceAccountToken()).isFalse();
    assertThat(masters(Clusters.minimal()).getSpec().getAutomountServiceAccountToken()).isFalse();
    assertThat(masters(Clusters.minimal()).getSpec().getServiceAccountName()).isNull();
  }

  @Test
  void aComponentsAccountWinsOverTheClustersAndItsPullSecretsFollowTheClustersOnce() {
    V1PodTemplateSpec worker = workers(EXTRAS);
    assertThat(worker.getSpec().getServiceAccountName()).isEqualTo("alluxio-worker");
    assertThat(worker.getSpec().getPriorityClassName()).isEqualTo("storage");
    assertThat(worker.getSpec().getImagePullSecrets()).extracting(V1LocalObjectReference::getName)
        .containsExactly("registry", "worker-registry");
    assertThat(masters(EXTRAS).getSpec().getServiceAccountName()).isEqualTo("alluxio");
    assertThat(masters(EXTRAS).getSpec().getPriorityClassName()).isNull();
  }

  @Test
  void labelsAndAnnotationsJoinThePodTemplateBesideOurOwn() {
    V1PodTemplateSpec worker = workers(EXTRAS);
    assertThat(worker.getMetadata().getLabels()).containsEntry("example.com/team", "storage")
        .containsEntry("app.kubernetes.io/component", "worker");
    assertThat(worker.getMetadata().getAnnotations()).containsEntry("example.com/owner", "data")
        .containsKey("alluxio-k8s.dev/config-hash");
    assertThat(masters(EXTRAS).getMetadata().getLabels()).doesNotContainKey("example.com/team");
  }

  @Test
  void aSpreadWithoutASelectorCountsTheComponentsOwnPods() {
    assertThat(workers(EXTRAS).getSpec().getTopologySpreadConstraints()).singleElement().satisfies(c -> {
      assertThat(c.getMaxSkew()).isEqualTo(1);
      assertThat(c.getLabelSelector().getMatchLabels()).isEqualTo(Map.of("app.kubernetes.io/name", "alluxio",
          "app.kubernetes.io/instance", "alluxio", "app.kubernetes.io/component", "worker"));
    });
  }

  @Test
  void aSpreadWithItsOwnSelectorKeepsIt() {
    AlluxioCluster cluster = Clusters.with(spec -> spec.masters(Masters.builder().placement(Placement.builder()
        .addTopologySpreadConstraints(TopologySpreadConstraint.builder().topologyKey("kubernetes.io/hostname")
            .whenUnsatisfiable("DoNotSchedule").minDomains(2).addMatchLabelKeys("pod-template-hash")
            .putLabelSelector("matchExpressions", List.of(Map.of("key", "tier", "operator", "In",
                "values", List.of("storage")))).build()).build()).build()));
    assertThat(masters(cluster).getSpec().getTopologySpreadConstraints()).singleElement().satisfies(c -> {
      assertThat(c.getLabelSelector().getMatchLabels()).isNullOrEmpty();
      assertThat(c.getLabelSelector().getMatchExpressions()).singleElement()
          .satisfies(e -> assertThat(e.getValues()).containsExactly("storage"));
      assertThat(c.getMinDomains()).isEqualTo(2);
      assertThat(c.getMatchLabelKeys()).containsExactly("pod-template-hash");
    });
  }

  @Test
  void theRenderedClusterPassesValidationWithTheAccountsAndSecretsDeclaredExternal() throws Exception {
    RenderResult result = ManifestRenderer.builder().build().render(EXTRAS);
    assertThat(result.report().errors()).isEmpty();
    assertThat(result.stream()).contains("serviceAccountName: alluxio-worker", "automountServiceAccountToken: false",
        "priorityClassName: storage", "topologyKey: topology.kubernetes.io/zone");
  }
}
