package dev.alluxiok8s.render.pod;

import com.google.gson.Gson;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.network.HostAlias;
import dev.alluxiok8s.model.placement.DnsPolicy;
import dev.alluxiok8s.model.placement.Placement;
import dev.alluxiok8s.model.placement.Toleration;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1HostAlias;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.util.TreeMap;

/** What every Alluxio pod spec shares: pull secrets, host aliases, placement and networking. */
public final class PodSpecs {

  private PodSpecs() {}

  /** A pod spec with the cluster-wide settings and the component's placement and networking. */
  public static V1PodSpec base(ClusterSpec spec, Placement placement, boolean hostNetwork, DnsPolicy dnsPolicy) {
    V1PodSpec pod = new V1PodSpec();
    if (hostNetwork) {
      pod.setHostNetwork(true);
    }
    pod.setDnsPolicy(dnsPolicy.value());
    for (String secret : spec.images().pullSecrets()) {
      pod.addImagePullSecretsItem(new V1LocalObjectReference().name(secret));
    }
    for (HostAlias alias : spec.hostAliases()) {
      pod.addHostAliasesItem(new V1HostAlias().ip(alias.ip()).hostnames(alias.hostnames()));
    }
    if (!placement.nodeSelector().isEmpty()) {
      pod.setNodeSelector(new TreeMap<>(placement.nodeSelector()));
    }
    for (Toleration t : placement.tolerations()) {
      V1Toleration toleration = new V1Toleration().operator(t.operator());
      t.key().ifPresent(toleration::setKey);
      t.value().ifPresent(toleration::setValue);
      t.effect().ifPresent(toleration::setEffect);
      t.tolerationSeconds().ifPresent(toleration::setTolerationSeconds);
      pod.addTolerationsItem(toleration);
    }
    if (!placement.affinity().isEmpty()) {
      pod.setAffinity(affinity(placement));
    }
    return pod;
  }

  /**
   * The spec gives the affinity as a plain tree; plain Gson maps it onto the client's model
   * (the client's own JSON class would cost a large class-loading start-up for this alone).
   */
  private static V1Affinity affinity(Placement placement) {
    Gson gson = new Gson();
    return gson.fromJson(gson.toJsonTree(placement.affinity()), V1Affinity.class);
  }
}
