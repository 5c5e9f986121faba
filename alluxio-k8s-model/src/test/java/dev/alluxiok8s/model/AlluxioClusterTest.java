package dev.alluxiok8s.model;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.ufs.UnderStorage;
import org.junit.jupiter.api.Test;

class AlluxioClusterTest {

  private static final ClusterSpec SPEC = ClusterSpec.builder().underStorage(UnderStorage.at("s3a://my-bucket/alluxio/")).build();

  @Test
  void aClusterNeedsANameAndAnUnderStorage() {
    AlluxioCluster cluster = AlluxioCluster.builder().metadata(ClusterMetadata.named("alluxio")).spec(SPEC).build();
    assertThat(cluster.apiVersion()).isEqualTo("alluxio-k8s.dev/v1alpha1");
    assertThat(cluster.kind()).isEqualTo("AlluxioCluster");
    assertThat(cluster.name()).isEqualTo("alluxio");
  }

  @Test
  void refusesOtherVersionsAndKinds() {
    assertThat(problemsOf("AlluxioCluster", () -> AlluxioCluster.builder().apiVersion("alluxio-k8s.dev/v1").kind("Alluxio")
        .metadata(ClusterMetadata.named("alluxio")).spec(SPEC).build()))
        .containsExactly(
            problem("apiVersion", "\"alluxio-k8s.dev/v1\" is not supported; this version of alluxio-k8s reads alluxio-k8s.dev/v1alpha1"),
            problem("kind", "\"Alluxio\" is not supported; expected AlluxioCluster"));
  }
}
