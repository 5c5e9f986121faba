package dev.alluxiok8s.render.layout;

import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.object.RenderedObject;
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
   * The files of {@code objects}, in apply order, named after {@code clusterName}. Each file holds
   * the trees of its objects, the very trees that were validated.
   */
  public SortedMap<String, String> of(List<RenderedObject> all, String clusterName, Layout layout) {
    List<RenderedObject> objects = layout == Layout.KUBECTL ? all
        : all.stream().filter(LayoutFiles::appliedAsAWhole).toList();
    SortedMap<String, String> files = new TreeMap<>();
    switch (layout) {
      case STREAM -> files.put(clusterName + ".yaml", yaml.writeTrees(objects.stream().map(RenderedObject::tree).toList()));
      case KUBECTL -> {
        Map<String, List<Map<String, Object>>> byFile = new LinkedHashMap<>();
        for (RenderedObject object : objects) {
          byFile.computeIfAbsent(KubectlPaths.of(object, clusterName), k -> new ArrayList<>()).add(object.tree());
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
          files.put(name, yaml.writeTree(object.tree()));
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
   * Whether {@code object} belongs in a layout that is applied as a whole ({@code stream},
   * {@code files}, {@code kustomize}: {@code kubectl apply -f}, {@code -k}, a GitOps sync). The
   * format Job does not: every later apply would run it again and erase the live journal. It is
   * only in the kubectl layout's {@code job/} folder, which the guide applies by hand to reformat.
   */
  public static boolean appliedAsAWhole(RenderedObject object) {
    return object.component() != Component.FORMAT_JOURNAL;
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
}
