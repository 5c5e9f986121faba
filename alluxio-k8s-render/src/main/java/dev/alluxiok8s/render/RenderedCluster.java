package dev.alluxiok8s.render;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.render.naming.ObjectNames;
import dev.alluxiok8s.render.object.RenderedObject;
import dev.alluxiok8s.render.layout.LayoutFiles;
import dev.alluxiok8s.render.yaml.KubeTree;
import dev.alluxiok8s.render.yaml.YamlWriter;
import java.util.List;
import java.util.Map;

/**
 * The objects of a cluster, in the order {@code kubectl apply} should create them: configuration,
 * storage, Services, workloads, Jobs; and the names they were rendered under.
 */
public final class RenderedCluster {

  private final ObjectNames names;
  private final List<RenderedObject> objects;
  private final List<Diagnostic> warnings;

  RenderedCluster(ObjectNames names, List<RenderedObject> objects, List<Diagnostic> warnings) {
    this.names = names;
    this.objects = List.copyOf(objects);
    this.warnings = List.copyOf(warnings);
  }

  /** The names the cluster's objects were given, under the renderer's naming scheme. */
  public ObjectNames names() {
    return names;
  }

  public List<RenderedObject> objects() {
    return objects;
  }

  /**
   * What the render tells the spec's author beside the objects, as warnings at the spec attributes
   * they are about: a Pod Security exemption the output declares although the spec does not (the
   * workers' by default, the masters' when they run as root or use the demo journal volume), a node
   * to label for the demo journal volume. {@link ManifestRenderer} adds them to its report.
   */
  public List<Diagnostic> warnings() {
    return warnings;
  }

  /** Each object's tree (see {@link KubeTree}), in order. */
  public List<Map<String, Object>> trees() {
    return objects.stream().map(RenderedObject::tree).toList();
  }

  /**
   * The objects of a layout applied as a whole, as one multi-document YAML stream: all of them but
   * the format Job (see {@link LayoutFiles#appliedAsAWhole}).
   */
  public String toYaml() {
    return new YamlWriter().writeTrees(
        objects.stream().filter(LayoutFiles::appliedAsAWhole).map(RenderedObject::tree).toList());
  }
}
