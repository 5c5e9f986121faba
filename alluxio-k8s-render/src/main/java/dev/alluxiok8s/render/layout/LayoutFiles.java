package dev.alluxiok8s.render.layout;

import dev.alluxiok8s.render.RenderedCluster;
import dev.alluxiok8s.render.RenderedObject;
import dev.alluxiok8s.render.yaml.KubeTree;
import dev.alluxiok8s.render.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of a rendered cluster in a {@link Layout}: relative path -> YAML text. Pure; writing
 * them to disk is {@link dev.alluxiok8s.render.output.AtomicFolderWriter}'s job.
 */
public final class LayoutFiles {

  private final YamlWriter yaml = new YamlWriter();

  /**
   * The files of {@code rendered}, named after {@code clusterName}.
   *
   * @param trees the objects as trees, in the same order as {@code rendered.objects()}; passing
   *     the trees that were validated makes the written text exactly what was checked
   */
  public SortedMap<String, String> of(RenderedCluster rendered, List<Map<String, Object>> trees,
      String clusterName, Layout layout) {
    List<RenderedObject> objects = rendered.objects();
    if (objects.size() != trees.size()) {
      throw new IllegalArgumentException("one tree per object is needed: " + objects.size() + " objects, "
          + trees.size() + " trees");
    }
    SortedMap<String, String> files = new TreeMap<>();
    switch (layout) {
      case STREAM -> files.put(clusterName + ".yaml", yaml.writeTrees(trees));
      case KUBECTL -> {
        Map<String, List<Map<String, Object>>> byFile = new LinkedHashMap<>();
        for (int i = 0; i < objects.size(); i++) {
          byFile.computeIfAbsent(KubectlPaths.of(objects.get(i), clusterName), k -> new ArrayList<>()).add(trees.get(i));
        }
        byFile.forEach((path, content) -> files.put(path, yaml.writeTrees(content)));
      }
      case FILES, KUSTOMIZE -> {
        List<String> names = new ArrayList<>();
        int width = Math.max(2, String.valueOf(objects.size()).length());
        for (int i = 0; i < objects.size(); i++) {
          RenderedObject object = objects.get(i);
          String name = String.format(Locale.ROOT, "%0" + width + "d-%s-%s.yaml", i + 1,
              object.kind().toLowerCase(Locale.ROOT), object.name());
          names.add(name);
          files.put(name, yaml.writeTree(trees.get(i)));
        }
        if (layout == Layout.KUSTOMIZE) {
          Map<String, Object> kustomization = new LinkedHashMap<>();
          kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
          kustomization.put("kind", "Kustomization");
          kustomization.put("resources", new ArrayList<Object>(names));
          files.put("kustomization.yaml", renamingWarning(clusterName) + yaml.writeTree(kustomization));
        }
      }
    }
    return files;
  }

  /**
   * Why an overlay must not rename these objects: Alluxio reads the masters' addresses from the
   * ConfigMap as plain text, which kustomize's name transformers do not rewrite.
   */
  static String renamingWarning(String clusterName) {
    return "# Do not rename these objects with namePrefix or nameSuffix: the ConfigMap names the masters\n"
        + "# (" + clusterName + "-master-0, ...) inside Alluxio's options, which kustomize does not rewrite, so\n"
        + "# renamed masters no longer match the addresses Alluxio uses and the cluster splits. To run\n"
        + "# another copy, give the spec another metadata.name (or namespace) and render it again.\n";
  }

  /** The files of {@code rendered}, converting its objects to trees. */
  public SortedMap<String, String> of(RenderedCluster rendered, String clusterName, Layout layout) {
    List<Map<String, Object>> trees = new ArrayList<>();
    for (RenderedObject object : rendered.objects()) {
      trees.add(KubeTree.of(object.object()));
    }
    return of(rendered, trees, clusterName, layout);
  }
}
