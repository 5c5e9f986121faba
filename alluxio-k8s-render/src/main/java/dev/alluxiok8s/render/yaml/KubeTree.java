package dev.alluxiok8s.render.yaml;

import java.util.Map;

/**
 * Converts Kubernetes model objects ({@code io.kubernetes.client.openapi.models.*}) into a plain,
 * ordered tree that the validator reads and {@link YamlWriter} emits.
 *
 * <p>The tree convention, shared by every module that touches rendered objects:
 *
 * <ul>
 *   <li>objects are {@code LinkedHashMap<String, Object>} with String keys, in output order;
 *   <li>lists are {@code ArrayList<Object>}, in the model's order;
 *   <li>scalars are {@code String}, {@code Boolean}, and {@code Integer}, {@code Long} or {@code
 *       BigDecimal};
 *   <li>there are no nulls anywhere.
 * </ul>
 *
 * <p>Conversion rules: unset fields, empty lists and empty maps are dropped (the models initialise
 * unset collections to empty ones); empty model objects are kept ({@code emptyDir: {}}). A {@code
 * Quantity} becomes its canonical string ({@code 2Gi}), an {@code IntOrString} its int or string, an
 * {@code OffsetDateTime} an RFC 3339 UTC string, a {@code byte[]} base64. Map keys are sorted with
 * {@link String#compareTo}; object keys start with {@code apiVersion, kind, metadata, name,
 * namespace, spec, data, stringData} and continue in the model class's field order.
 *
 * <pre>{@code
 * Map<String, Object> tree = KubeTree.of(new V1ConfigMap().apiVersion("v1").kind("ConfigMap")
 *     .metadata(new V1ObjectMeta().name("alluxio-config")).putDataItem("a", "1"));
 * // {apiVersion=v1, kind=ConfigMap, metadata={name=alluxio-config}, data={a=1}}
 * }</pre>
 */
public final class KubeTree {

  private KubeTree() {}

  /**
   * Converts one Kubernetes model object (or a {@code Map} with String keys) into a tree.
   *
   * @throws IllegalArgumentException if the object, or anything inside it, is not a model object,
   *     scalar, list or map, or if the graph has a cycle; the message names the path
   */
  public static Map<String, Object> of(Object kubernetesObject) {
    if (kubernetesObject == null) {
      throw new IllegalArgumentException("cannot convert null to a Kubernetes object tree");
    }
    Object node = new ModelWalker().convert(kubernetesObject, "$");
    if (!(node instanceof Map<?, ?>)) {
      throw new IllegalArgumentException(
          "a " + kubernetesObject.getClass().getName() + " is not an object, so it has no tree");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) node;
    return tree;
  }
}
