package dev.alluxiok8s.render.context;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.render.config.ConfigMapData;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.naming.Metadata;
import dev.alluxiok8s.render.naming.Naming;
import dev.alluxiok8s.render.naming.ObjectNames;
import dev.alluxiok8s.render.pod.ConfigHash;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every component renderer starts from, built once per render: the cluster, its object names
 * under the chosen {@link Naming}, its metadata, and the ConfigMap's data, which the ConfigMap
 * renderer writes and whose digest goes on the pod templates of the processes that load it.
 */
public record RenderContext(AlluxioCluster cluster, ObjectNames names, Metadata metadata, Map<String, String> configData) {

  public RenderContext {
    configData = Map.copyOf(configData);
  }

  /** A context whose objects are named by {@code naming} (the chart's names, say). */
  public static RenderContext of(AlluxioCluster cluster, Naming naming) {
    ObjectNames names = ObjectNames.of(cluster, naming);
    return new RenderContext(cluster, names, new Metadata(cluster), new ConfigMapData(cluster, names).entries());
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
