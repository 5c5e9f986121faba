package dev.alluxiok8s.render.context;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.render.config.ConfigMapRenderer;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.naming.Metadata;
import dev.alluxiok8s.render.naming.ObjectNames;
import dev.alluxiok8s.render.pod.ConfigHash;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every component renderer starts from: the cluster, its object names and metadata, and the
 * ConfigMap's data, whose digest goes on the pod templates of the processes that load it.
 */
public record RenderContext(AlluxioCluster cluster, ObjectNames names, Metadata metadata, Map<String, String> configData) {

  public static RenderContext of(AlluxioCluster cluster) {
    return of(cluster, ObjectNames.of(cluster));
  }

  /** A context whose objects are named by {@code names} (the chart's names, say). */
  public static RenderContext of(AlluxioCluster cluster, ObjectNames names) {
    return new RenderContext(cluster, names, new Metadata(cluster), new ConfigMapRenderer(cluster).data());
  }

  public ClusterSpec spec() {
    return cluster.spec();
  }

  /** A pod template's metadata, annotated with the digest of what its processes read from the ConfigMap. */
  public V1ObjectMeta configuredPodTemplate(Component component) {
    return metadata.podTemplate(component)
        .annotations(new TreeMap<>(Map.of(ConfigHash.ANNOTATION, ConfigHash.of(ConfigHash.readBy(component, configData)))));
  }
}
