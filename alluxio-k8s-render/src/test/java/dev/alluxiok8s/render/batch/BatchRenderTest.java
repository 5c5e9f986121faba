package dev.alluxiok8s.render.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.batch.BatchRender.Clash;
import dev.alluxiok8s.render.batch.BatchRender.Folders;
import dev.alluxiok8s.render.batch.BatchRender.Input;
import dev.alluxiok8s.render.layout.Layout;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class BatchRenderTest {

  private static final ManifestRenderer RENDERER = ManifestRenderer.builder().build();

  private static AlluxioCluster named(String name, AlluxioCluster cluster) {
    return AlluxioCluster.builder().from(cluster).metadata(ClusterMetadata.named(name)).build();
  }

  private static Input input(String source, AlluxioCluster cluster) {
    return new Input(source, cluster, UnaryOperator.identity());
  }

  @Test
  void perClusterFoldersHoldWhatRenderingEachAloneGives() throws Exception {
    AlluxioCluster a = named("alluxio-a", Clusters.minimal());
    AlluxioCluster b = named("alluxio-b", Clusters.highlyAvailable());

    BatchRender.Outcome outcome = new BatchRender(RENDERER, Layout.KUBECTL, Folders.PER_CLUSTER)
        .render(List.of(input("a.yaml", a), input("b.yaml", b)));

    assertThat(outcome.canWrite()).isTrue();
    assertThat(outcome.files()).hasSize(RENDERER.render(a).files(Layout.KUBECTL).size()
        + RENDERER.render(b).files(Layout.KUBECTL).size());
    RENDERER.render(b).files(Layout.KUBECTL).forEach((file, content) ->
        assertThat(outcome.files()).containsEntry("alluxio-b/" + file, content));
    assertThat(outcome.rendered()).extracting(r -> r.input().source()).containsExactly("a.yaml", "b.yaml");
  }

  @Test
  void perClusterTwoSpecsOfOneNameClashAndTheSecondIsNotRendered() throws Exception {
    BatchRender.Outcome outcome = new BatchRender(RENDERER, Layout.KUBECTL, Folders.PER_CLUSTER)
        .render(List.of(input("a.yaml", Clusters.minimal()), input("b.yaml", Clusters.highlyAvailable())));

    assertThat(outcome.clashes()).containsExactly(new Clash("alluxio/", "a.yaml", "b.yaml"));
    assertThat(outcome.rendered()).hasSize(1);
    assertThat(outcome.canWrite()).isFalse();
  }

  @Test
  void mergedFoldersClashOnEveryFileTwoClustersWrite() throws Exception {
    AlluxioCluster a = named("alluxio-a", Clusters.minimal());

    BatchRender.Outcome outcome = new BatchRender(RENDERER, Layout.KUBECTL, Folders.MERGED)
        .render(List.of(input("a.yaml", a), input("again.yaml", a)));

    assertThat(outcome.clashes()).isNotEmpty().allSatisfy(c -> {
      assertThat(c.first()).isEqualTo("a.yaml");
      assertThat(c.second()).isEqualTo("again.yaml");
      assertThat(outcome.files()).containsKey(c.path());
    });
    assertThat(outcome.clashes()).hasSize(RENDERER.render(a).files(Layout.KUBECTL).size());
    assertThat(outcome.files()).doesNotContainKey("alluxio-a/" + outcome.clashes().get(0).path());
  }

  @Test
  void anInvalidClusterStopsTheWriteAndItsFindingsArePlacedInItsSpec() throws Exception {
    SourceLocation spec = new SourceLocation("bad.yaml", 3, 1);
    Input bad = new Input("bad.yaml", named("bad", Clusters.belowBaseline()), (Diagnostic d) -> d.at(spec));

    BatchRender.Outcome outcome = new BatchRender(RENDERER, Layout.KUBECTL, Folders.PER_CLUSTER)
        .render(List.of(input("a.yaml", Clusters.minimal()), bad));

    assertThat(outcome.anyInvalid()).isTrue();
    assertThat(outcome.canWrite()).isFalse();
    assertThat(outcome.rendered().get(1).report().errors()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.location()).contains(spec));
    assertThat(outcome.files()).allSatisfy((path, content) -> assertThat(path).startsWith("alluxio/"));
  }

  @Test
  void underAllowInvalidOutputTheFilesAreThereAndTheErrorsStillCount() throws Exception {
    ManifestRenderer lenient = ManifestRenderer.builder().allowInvalidOutput(true).build();

    BatchRender.Outcome outcome = new BatchRender(lenient, Layout.KUBECTL, Folders.MERGED)
        .render(List.of(input("bad.yaml", Clusters.belowBaseline())));

    assertThat(outcome.canWrite()).isTrue();
    assertThat(outcome.anyErrors()).isTrue();
    assertThat(outcome.files()).isEqualTo(lenient.render(Clusters.belowBaseline()).files(Layout.KUBECTL));
  }
}
