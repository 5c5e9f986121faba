package dev.alluxiok8s.render.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.journal.FormatJournalJob;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.render.ClusterRenderer;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.object.DraftObject;
import dev.alluxiok8s.render.object.RenderedObject;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamingTest {

  private static final AlluxioCluster WITH_FORMAT_JOB = Clusters.with(spec -> spec
      .journal(Journal.builder().formatJob(FormatJournalJob.builder().enabled(true).build()).build()));

  private static List<String> names(ClusterRenderer renderer, AlluxioCluster cluster) {
    return renderer.render(cluster).objects().stream().map(RenderedObject::toString).toList();
  }

  @Test
  void modernIsTheDefaultAndPrefixesEveryName() {
    assertThat(names(ClusterRenderer.create(), WITH_FORMAT_JOB))
        .isEqualTo(names(ClusterRenderer.create().naming(Naming.modern()), WITH_FORMAT_JOB))
        .containsExactly("ConfigMap/alluxio-config", "PersistentVolumeClaim/alluxio-journal",
            "Service/alluxio-master", "Service/alluxio-master-0", "StatefulSet/alluxio-master",
            "DaemonSet/alluxio-worker", "Job/alluxio-format-journal");
  }

  @Test
  void chartKeepsTheChartsClaimAndJobNamesAndOneGovernedStatefulSet() {
    ClusterRenderer chart = ClusterRenderer.create().naming(Naming.chart("my-journal"));
    assertThat(names(chart, WITH_FORMAT_JOB)).containsExactly("ConfigMap/alluxio-config",
        "PersistentVolumeClaim/my-journal", "Service/alluxio-master", "Service/alluxio-master-0",
        "StatefulSet/alluxio-master", "DaemonSet/alluxio-worker", "Job/alluxio-format-master");
    V1StatefulSet sts = (V1StatefulSet) chart.render(WITH_FORMAT_JOB).objects().stream()
        .filter(o -> o.object() instanceof V1StatefulSet).findFirst().orElseThrow().object();
    // Chart 0.5.2's serviceName named no Service; the fix holds under the chart's names too.
    assertThat(sts.getSpec().getServiceName()).isEqualTo("alluxio-master");
    assertThat(sts.getSpec().getTemplate().getSpec().getVolumes())
        .anySatisfy(v -> assertThat(v.getPersistentVolumeClaim().getClaimName()).isEqualTo("my-journal"));
    assertThat(Naming.chart()).isEqualTo(Naming.chart(Naming.CHART_JOURNAL_CLAIM));
  }

  @Test
  void aClaimNameMustBeAKubernetesName() {
    assertThatThrownBy(() -> Naming.chart("Journal_Claim")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Journal_Claim");
  }

  @Test
  void leadingObjectsComeRightAfterTheConfigMap() {
    V1Secret secret = new V1Secret().apiVersion("v1").kind("Secret")
        .metadata(new V1ObjectMeta().name("alluxio-ufs-credentials")).stringData(Map.of("k", "v"));
    List<String> names = names(ClusterRenderer.create()
        .withLeadingObject(new DraftObject(Component.CREDENTIALS, secret)), Clusters.minimal());
    assertThat(names.subList(0, 3)).containsExactly("ConfigMap/alluxio-config", "Secret/alluxio-ufs-credentials",
        "PersistentVolumeClaim/alluxio-journal");
  }
}
