package dev.alluxiok8s.render.naming;

import dev.alluxiok8s.model.AlluxioCluster;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.util.TreeMap;

/** The metadata every rendered object starts from: name, namespace, labels, the user's annotations. */
public final class Metadata {

  private final AlluxioCluster cluster;
  private final Labels labels;

  public Metadata(AlluxioCluster cluster) {
    this.cluster = cluster;
    this.labels = new Labels(cluster);
  }

  /** Metadata of a namespaced object. */
  public V1ObjectMeta of(Component component, String name) {
    V1ObjectMeta meta = clusterScoped(component, name);
    cluster.metadata().namespace().ifPresent(meta::setNamespace);
    return meta;
  }

  /** Metadata of a cluster-scoped object (a PersistentVolume): no namespace. */
  public V1ObjectMeta clusterScoped(Component component, String name) {
    V1ObjectMeta meta = new V1ObjectMeta().name(name).labels(labels.of(component));
    if (!cluster.metadata().annotations().isEmpty()) {
      meta.setAnnotations(new TreeMap<>(cluster.metadata().annotations()));
    }
    return meta;
  }

  /** Metadata of a pod template: labels only, plus what the caller annotates. */
  public V1ObjectMeta podTemplate(Component component) {
    return new V1ObjectMeta().labels(labels.of(component));
  }

  public Labels labels() {
    return labels;
  }
}
