package dev.alluxiok8s.render.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.placement.Placement;
import dev.alluxiok8s.model.placement.Toleration;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.master.MasterRenderer;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1NodeAffinity;
import io.kubernetes.client.openapi.models.V1NodeSelector;
import io.kubernetes.client.openapi.models.V1NodeSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodSpecsTest {

  private static V1PodSpec masters(AlluxioCluster cluster) {
    return ((V1StatefulSet) new MasterRenderer(Clusters.context(cluster)).statefulSet().object()).getSpec().getTemplate()
        .getSpec();
  }

  @Test
  void theMastersPlacementReachesTheirPodsWhole() {
    Placement placement = Placement.builder()
        .putNodeSelector("node-role.example.com/alluxio", "master")
        .addTolerations(Toleration.builder().key("dedicated").operator("Equal").value("alluxio").effect("NoExecute")
                .tolerationSeconds(300L).build(),
            Toleration.builder().operator("Exists").build())
        .putAffinity("nodeAffinity", Map.of("requiredDuringSchedulingIgnoredDuringExecution", Map.of(
            "nodeSelectorTerms", List.of(Map.of("matchExpressions", List.of(Map.of(
                "key", "topology.kubernetes.io/zone", "operator", "In", "values", List.of("eu-west-1a"))))))))
        .build();

    V1PodSpec pod = masters(Clusters.with(spec -> spec.masters(Masters.builder().placement(placement).build())));

    assertThat(pod.getNodeSelector()).containsExactly(Map.entry("node-role.example.com/alluxio", "master"));
    assertThat(pod.getTolerations()).containsExactly(
        new V1Toleration().key("dedicated").operator("Equal").value("alluxio").effect("NoExecute").tolerationSeconds(300L),
        new V1Toleration().operator("Exists"));
    assertThat(pod.getAffinity()).isEqualTo(new V1Affinity().nodeAffinity(new V1NodeAffinity()
        .requiredDuringSchedulingIgnoredDuringExecution(new V1NodeSelector().addNodeSelectorTermsItem(
            new V1NodeSelectorTerm().addMatchExpressionsItem(new V1NodeSelectorRequirement()
                .key("topology.kubernetes.io/zone").operator("In").values(List.of("eu-west-1a")))))));
  }

  @Test
  void podsWithoutPlacementLeaveItToTheScheduler() {
    V1PodSpec pod = masters(Clusters.minimal());

    assertThat(pod.getNodeSelector()).isEmpty();
    assertThat(pod.getTolerations()).isNullOrEmpty();
    assertThat(pod.getAffinity()).isNull();
  }
}
