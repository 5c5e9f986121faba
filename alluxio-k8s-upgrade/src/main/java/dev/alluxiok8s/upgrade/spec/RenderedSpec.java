package dev.alluxiok8s.upgrade.spec;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.render.InvalidManifestsException;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.layout.LayoutFiles;
import dev.alluxiok8s.render.object.RenderedObject;
import dev.alluxiok8s.upgrade.UpgradeInput;
import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.objects.DeployedObject;
import dev.alluxiok8s.validation.finding.SourceLocator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A rendered cluster as one side of an upgrade: the objects {@code kubectl apply} gets (the
 * stream, without the format Job, which is applied only on purpose), each change placed at the
 * spec attribute behind it.
 *
 * <pre>{@code
 * SpecDocument document = SpecReader.create().readDocument(Path.of("alluxio.yaml"));
 * UpgradeInput next = RenderedSpec.of("alluxio.yaml", renderer.render(document.cluster()), document::locate);
 * }</pre>
 */
public final class RenderedSpec {

  private RenderedSpec() {}

  /**
   * @param source the spec (or values) file's name
   * @param result the render of its cluster
   * @param locate places a diagnostic at a spec attribute path in the file (for a spec file,
   *     {@code SpecDocument::locate}); {@code UnaryOperator.identity()} when there are no positions
   */
  public static UpgradeInput of(String source, RenderResult result, UnaryOperator<Diagnostic> locate) {
    return UpgradeInput.of(source, objects(result), (change, object) -> place(change, object, locate));
  }

  /**
   * A render whose changes stay at object paths: for a cluster imported from Helm chart values,
   * whose author knows the chart's keys, not the spec's attributes.
   */
  public static UpgradeInput atObjectPaths(String source, RenderResult result) {
    return UpgradeInput.of(source, objects(result), (change, object) -> change);
  }

  private static List<DeployedObject> objects(RenderResult result) {
    List<DeployedObject> objects = new ArrayList<>();
    for (RenderedObject o : result.cluster().objects()) {
      if (LayoutFiles.appliedAsAWhole(o)) {
        objects.add(new DeployedObject(UpgradeInput.refOf(o.tree(), objects.size()), o.tree(), SourceLocator.NONE));
      }
    }
    return objects;
  }

  /**
   * {@code cluster} rendered by the default renderer, placed at spec attributes without positions:
   * the way to compare two models.
   *
   * <pre>{@code
   * UpgradeReport report = UpgradeCheck.between(RenderedSpec.of("before", deployed), RenderedSpec.of("after", next));
   * }</pre>
   *
   * @throws InvalidManifestsException when the cluster renders objects the API server would refuse
   */
  public static UpgradeInput of(String source, AlluxioCluster cluster) throws InvalidManifestsException {
    return of(source, ManifestRenderer.builder().build().render(cluster), UnaryOperator.identity());
  }

  private static Change place(Change change, DeployedObject object, UnaryOperator<Diagnostic> locate) {
    String attribute = SpecAttributes.of(change, object);
    if (attribute.isEmpty()) {
      return change;
    }
    Diagnostic located = locate.apply(Diagnostic.error(attribute, change.reason()));
    return change.placed(located.location(), attribute);
  }
}
