package dev.alluxiok8s.render.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes Kubernetes objects, or trees already made by {@link KubeTree}, as deterministic YAML.
 *
 * <p>The same input gives the same bytes on every JDK, locale and time zone. Strings that a YAML
 * 1.1 reader ({@code kubectl}, Helm) or a YAML 1.2 reader would take for anything else are
 * double-quoted ({@code "yes"}, {@code "0755"}, {@code "1:30"}, {@code "2001-12-14"}); multi-line
 * strings become literal blocks; sequences are indented under their key; lines end in LF and the
 * text ends with one.
 *
 * <pre>{@code
 * YamlWriter yaml = new YamlWriter();
 * String one = yaml.write(statefulSet);
 * String stream = yaml.writeAll(List.of(service, statefulSet)); // "---" between documents
 *
 * // Convert once, check the tree, then emit the very tree that was checked:
 * Map<String, Object> tree = KubeTree.of(configMap);
 * validator.check(tree);
 * String text = yaml.writeTree(tree);
 * }</pre>
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class YamlWriter {

  /** Converts {@code kubernetesObject} with {@link KubeTree#of} and writes it as one document. */
  public String write(Object kubernetesObject) {
    return writeTree(KubeTree.of(kubernetesObject));
  }

  /** Writes the objects as one multi-document stream, in the given order. */
  public String writeAll(List<?> kubernetesObjects) {
    List<Map<String, Object>> trees = new ArrayList<>(kubernetesObjects.size());
    for (Object object : kubernetesObjects) {
      trees.add(KubeTree.of(object));
    }
    return writeTrees(trees);
  }

  /**
   * Writes one tree (see {@link KubeTree} for the convention) as one document.
   *
   * @throws IllegalArgumentException if the tree holds a null, a non-String key or a value that is
   *     not a tree node; the message names the path
   */
  public String writeTree(Map<String, ?> tree) {
    return writeTrees(List.of(tree));
  }

  /** Writes trees as one multi-document stream, in the given order. */
  public String writeTrees(List<? extends Map<String, ?>> trees) {
    return new TreeEmitter().emitStream(trees);
  }
}
