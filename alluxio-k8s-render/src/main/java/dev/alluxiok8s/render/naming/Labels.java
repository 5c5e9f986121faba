package dev.alluxiok8s.render.naming;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.kube.names.KubernetesNames;
import java.util.Map;
import java.util.TreeMap;

/**
 * Labels of rendered objects: Kubernetes' recommended {@code app.kubernetes.io/*} labels, Alluxio's
 * {@code role}, and the user's own labels.
 *
 * <p>Selectors use only {@link #selector(Component)}: name, instance and component. They leave out
 * the version and anything a user can change, because a workload's selector is immutable and a
 * changed selector would make an upgrade fail.
 */
public final class Labels {

  public static final String NAME = "app.kubernetes.io/name";
  public static final String INSTANCE = "app.kubernetes.io/instance";
  public static final String COMPONENT = "app.kubernetes.io/component";
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  public static final String VERSION = "app.kubernetes.io/version";
  public static final String ROLE = "role";
  public static final String MANAGER = "alluxio-k8s";

  private final AlluxioCluster cluster;

  public Labels(AlluxioCluster cluster) {
    this.cluster = cluster;
  }

  /** The frozen subset that selects {@code component}'s pods. */
  public Map<String, String> selector(Component component) {
    Map<String, String> labels = new TreeMap<>();
    labels.put(NAME, "alluxio");
    labels.put(INSTANCE, cluster.name());
    labels.put(COMPONENT, component.label());
    return labels;
  }

  /** Every label of an object (and pod template) of {@code component}. */
  public Map<String, String> of(Component component) {
    Map<String, String> labels = new TreeMap<>(cluster.metadata().labels());
    labels.putAll(selector(component));
    labels.put(MANAGED_BY, MANAGER);
    String version = cluster.spec().images().alluxio().tag();
    if (KubernetesNames.isLabelValue(version)) {
      labels.put(VERSION, version);
    }
    if (component.role() != null) {
      labels.put(ROLE, component.role());
    }
    return labels;
  }
}
