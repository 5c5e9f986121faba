package dev.alluxiok8s.testing.docs;

import static dev.alluxiok8s.testing.GoldenAssertions.assertThatRendered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.render.Customization;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.schema.file.SpecReader;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of the docs site's {@code customization.md} and {@code golden-files.md}: the
 * code between the {@code tag::} markers is copied onto those pages ({@link DocSnippetsTest} fails
 * when a page and this file differ), so the examples there compile and run.
 */
class CustomizationExampleTest {

  /** The S3 sample: credentials from a Secret, workers exempted to the privileged level. */
  private static final Path SPEC = Path.of(System.getProperty("alluxio.k8s.repo", ".."))
      .resolve("samples/s3-under-store/alluxio.yaml");

  @Test
  void customizationsChangeTheTypedObjectsBeforeValidation() throws Exception {
    AlluxioCluster cluster = SpecReader.create().read(SPEC);
    // tag::customization[]
    // The masters' StatefulSet gets a priority class; every object gets an owner annotation.
    Customization priority = Customization.forKind(V1StatefulSet.class, statefulSet ->
        statefulSet.getSpec().getTemplate().getSpec().setPriorityClassName("alluxio-critical"));
    Customization owner = draft -> draft.object().getMetadata()
        .putAnnotationsItem("example.com/owner", "data-platform");

    ManifestRenderer renderer = ManifestRenderer.builder()
        .customization(priority)
        .customization(owner)
        .build();
    RenderResult result = renderer.render(cluster); // validated after the customizations ran
    // end::customization[]

    assertThat(result.report().errors()).isEmpty();
    assertThat(result.stream()).contains("priorityClassName: alluxio-critical");
    assertThat(result.stream().split("example.com/owner: data-platform", -1))
        .hasSize(result.cluster().objects().size() + 1);
  }

  @Test
  void theCustomizedClusterMatchesItsReviewedGoldenFile() throws Exception {
    RenderResult result = ManifestRenderer.builder()
        .customization(Customization.forKind(V1StatefulSet.class, statefulSet ->
            statefulSet.getSpec().getTemplate().getSpec().setPriorityClassName("alluxio-critical")))
        .build()
        .render(SpecReader.create().read(SPEC));

    // tag::golden[]
    assertThatRendered(result).matchesGoldenFile(Path.of("src/test/golden/customized.yaml"));
    // end::golden[]
  }
}
