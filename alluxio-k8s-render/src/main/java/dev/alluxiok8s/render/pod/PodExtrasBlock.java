package dev.alluxiok8s.render.pod;

import com.google.gson.Gson;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.placement.PodSettings;
import dev.alluxiok8s.model.placement.TopologySpreadConstraint;
import dev.alluxiok8s.model.pod.PodExtras;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1TopologySpreadConstraint;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a component's {@code pod} and {@code placement.topologySpreadConstraints} add to its pod
 * template: the ServiceAccount and whether its token is mounted, pull secrets, priority class,
 * spread constraints, and the template's own labels and annotations; and, through {@link
 * PodAdditionsBlock}, extra volumes and mounts, sidecars and the process namespace opt-ins. Every workload's renderer
 * passes its template through here, so each component gets the same extras in the same way.
 *
 * <pre>{@code
 * PodExtrasBlock.apply(spec, spec.workers(), selector, template);
 * }</pre>
 */
public final class PodExtrasBlock {

  private PodExtrasBlock() {}

  /**
   * Adds {@code settings}' extras to {@code template}, whose pods {@code selector} selects (a spread
   * constraint without a label selector counts those pods).
   */
  public static V1PodTemplateSpec apply(ClusterSpec spec, PodSettings settings, Map<String, String> selector,
      V1PodTemplateSpec template) {
    account(spec, settings.pod(), template.getSpec());
    V1PodSpec pod = template.getSpec();
    for (TopologySpreadConstraint c : settings.placement().topologySpreadConstraints()) {
      pod.addTopologySpreadConstraintsItem(constraint(c, selector));
    }
    PodExtras extras = settings.pod();
    PodAdditionsBlock.apply(extras, pod);
    V1ObjectMeta meta = template.getMetadata();
    if (!extras.labels().isEmpty()) {
      // The model refuses the labels alluxio-k8s sets, so none of the selector's is replaced.
      Map<String, String> labels = new TreeMap<>(extras.labels());
      labels.putAll(meta.getLabels());
      meta.setLabels(labels);
    }
    if (!extras.annotations().isEmpty()) {
      Map<String, String> annotations = new TreeMap<>(extras.annotations());
      if (meta.getAnnotations() != null) {
        annotations.putAll(meta.getAnnotations());
      }
      meta.setAnnotations(annotations);
    }
    return template;
  }

  /**
   * The ServiceAccount (the component's, else the cluster's), whether its token is mounted, the
   * component's own pull secrets after the cluster's, and the priority class; for a pod that is
   * part of a component without being one of its workload's pods (the journal format Job).
   */
  public static V1PodSpec account(ClusterSpec spec, PodExtras extras, V1PodSpec pod) {
    extras.serviceAccountName().or(spec::serviceAccountName).ifPresent(pod::setServiceAccountName);
    pod.setAutomountServiceAccountToken(extras.automountServiceAccountToken());
    for (String secret : extras.imagePullSecrets()) {
      if (!spec.images().pullSecrets().contains(secret)) {
        pod.addImagePullSecretsItem(new V1LocalObjectReference().name(secret));
      }
    }
    extras.priorityClassName().ifPresent(pod::setPriorityClassName);
    return pod;
  }

  private static V1TopologySpreadConstraint constraint(TopologySpreadConstraint c, Map<String, String> selector) {
    V1TopologySpreadConstraint out = new V1TopologySpreadConstraint()
        .maxSkew(c.maxSkew())
        .topologyKey(c.topologyKey())
        .whenUnsatisfiable(c.whenUnsatisfiable())
        .labelSelector(c.labelSelector().isEmpty() ? new V1LabelSelector().matchLabels(new TreeMap<>(selector))
            : labelSelector(c.labelSelector()));
    c.minDomains().ifPresent(out::setMinDomains);
    c.nodeAffinityPolicy().ifPresent(out::setNodeAffinityPolicy);
    c.nodeTaintsPolicy().ifPresent(out::setNodeTaintsPolicy);
    if (!c.matchLabelKeys().isEmpty()) {
      out.setMatchLabelKeys(c.matchLabelKeys());
    }
    return out;
  }

  /** The model checked the selector's shape field by field; plain Gson maps it onto the client's type. */
  private static V1LabelSelector labelSelector(Map<String, Object> selector) {
    Gson gson = new Gson();
    return gson.fromJson(gson.toJsonTree(selector), V1LabelSelector.class);
  }
}
