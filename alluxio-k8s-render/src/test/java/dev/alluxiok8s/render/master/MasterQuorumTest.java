package dev.alluxiok8s.render.master;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.master.MasterSpreading;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.render.Clusters;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import org.junit.jupiter.api.Test;

class MasterQuorumTest {

  private static AlluxioCluster masters(int count, MasterSpreading spreading) {
    return Clusters.with(spec -> spec.masters(Masters.builder().count(count).spreading(spreading).build())
        .journal(Journal.builder().type(JournalType.EMBEDDED).build()));
  }

  private static MasterRenderer renderer(AlluxioCluster cluster) {
    return new MasterRenderer(Clusters.context(cluster));
  }

  private static V1PodSpec pod(AlluxioCluster cluster) {
    return ((V1StatefulSet) renderer(cluster).statefulSet().object()).getSpec().getTemplate().getSpec();
  }

  @Test
  void aDrainLeavesAMajorityOfThreeOrMoreMasters() {
    for (int count : new int[] {3, 5, 7}) {
      V1PodDisruptionBudget pdb = (V1PodDisruptionBudget) renderer(masters(count, MasterSpreading.PREFERRED))
          .disruptionBudget().orElseThrow().object();

      assertThat(pdb.getApiVersion()).isEqualTo("policy/v1");
      assertThat(pdb.getSpec().getMinAvailable().getIntValue()).isEqualTo(count / 2 + 1);
      assertThat(pdb.getSpec().getSelector().getMatchLabels())
          .isEqualTo(((V1StatefulSet) renderer(masters(count, MasterSpreading.PREFERRED)).statefulSet().object())
              .getSpec().getSelector().getMatchLabels());
    }
    // One master cannot spare itself: a budget would block every drain.
    assertThat(renderer(Clusters.minimal()).disruptionBudget()).isEmpty();
  }

  @Test
  void mastersPreferDifferentNodesOrRequireThem() {
    V1PodSpec preferred = pod(masters(3, MasterSpreading.PREFERRED));
    V1PodSpec required = pod(masters(3, MasterSpreading.REQUIRED));

    assertThat(preferred.getAffinity().getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution())
        .singleElement().satisfies(t -> assertThat(t.getPodAffinityTerm().getTopologyKey())
            .isEqualTo("kubernetes.io/hostname"));
    assertThat(required.getAffinity().getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution())
        .singleElement().satisfies(t -> assertThat(t.getTopologyKey()).isEqualTo("kubernetes.io/hostname"));
    assertThat(pod(Clusters.minimal()).getAffinity()).isNull();
  }

  @Test
  void largeClaimsAreReownedOnlyWhenTheirRootDoesNotMatch() {
    assertThat(pod(masters(3, MasterSpreading.PREFERRED)).getSecurityContext().getFsGroupChangePolicy())
        .isEqualTo("OnRootMismatch");
  }
}
