package dev.alluxiok8s.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ImmutableClusterSpec;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.render.object.RenderedObject;
import dev.alluxiok8s.render.pod.ConfigHash;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every pod that reads the ConfigMap through {@code envFrom} rolls when the configuration changes:
 * masters, workers and FUSE alike. A pod reads the ConfigMap only when a container starts, so a
 * template without the hash would keep running the old options after an apply.
 */
class ConfigHashRolloutTest {

  private static final UnaryOperator<ImmutableClusterSpec.Builder> WITH_FUSE = spec -> spec.fuse(Fuse.builder()
      .enabled(true).mountPoint("/mnt/alluxio-fuse").build());

  @Test
  void everyWorkloadCarriesAHashOfTheConfiguration() {
    Map<String, String> hashes = hashes(Clusters.with(WITH_FUSE));

    assertThat(hashes).containsOnlyKeys("StatefulSet/alluxio-master", "DaemonSet/alluxio-worker",
        "DaemonSet/alluxio-fuse");
    assertThat(hashes.values()).allSatisfy(hash -> assertThat(hash).hasSize(64).matches("[0-9a-f]+"));
  }

  @Test
  void aPropertyEveryComponentReadsRollsEveryWorkload() {
    Map<String, String> before = hashes(Clusters.with(WITH_FUSE));
    Map<String, String> after = hashes(Clusters.with(spec -> WITH_FUSE.apply(spec)
        .putProperties("alluxio.user.block.size.bytes.default", "64MB")));

    before.forEach((workload, hash) ->
        assertThat(after.get(workload)).as(workload).isNotEqualTo(hash));
  }

  @Test
  void theSameConfigurationGivesTheSameHash() {
    assertThat(hashes(Clusters.with(WITH_FUSE))).isEqualTo(hashes(Clusters.with(WITH_FUSE)));
  }

  /** The config hash of each workload's pod template, by {@code Kind/name}. */
  private static Map<String, String> hashes(AlluxioCluster cluster) {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (RenderedObject o : ClusterRenderer.create().render(cluster).objects()) {
      V1PodTemplateSpec template = o.object() instanceof V1StatefulSet sts ? sts.getSpec().getTemplate()
          : o.object() instanceof V1DaemonSet ds ? ds.getSpec().getTemplate() : null;
      if (template != null) {
        hashes.put(o.toString(), template.getMetadata().getAnnotations() == null ? null
            : template.getMetadata().getAnnotations().get(ConfigHash.ANNOTATION));
      }
    }
    return hashes;
  }
}
