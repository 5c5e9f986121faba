package dev.alluxiok8s.render;

import dev.alluxiok8s.render.layout.LayoutFiles;
import dev.alluxiok8s.render.yaml.KubeTree;
import dev.alluxiok8s.render.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The objects of a cluster, in the order {@code kubectl apply} should create them: configuration,
 * storage, Services, workloads, Jobs.
 */
public final class RenderedCluster {

  private final List<RenderedObject> objects;

  RenderedCluster(List<RenderedObject> objects) {
    this.objects = List.copyOf(objects);
  }

  public List<RenderedObject> objects() {
    return objects;
  }

  /** Each object as a plain tree (see {@link KubeTree}), in order. */
  public List<Map<String, Object>> trees() {
    List<Map<String, Object>> trees = new ArrayList<>(objects.size());
    for (RenderedObject object : objects) {
      trees.add(KubeTree.of(object.object()));
    }
    return trees;
  }

  /**
   * The objects of a layout applied as a whole, as one multi-document YAML stream: all of them but
   * the format Job (see {@link LayoutFiles#appliedAsAWhole}).
   */
  public String toYaml() {
    List<Map<String, Object>> trees = new ArrayList<>();
    for (RenderedObject object : objects) {
      if (LayoutFiles.appliedAsAWhole(object)) {
        trees.add(KubeTree.of(object.object()));
      }
    }
    return new YamlWriter().writeTrees(trees);
  }
}
