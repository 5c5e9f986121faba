package dev.alluxiok8s.render.security;

import dev.alluxiok8s.model.security.PodSecurityExemption;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.util.TreeMap;

/**
 * A declared Pod Security exemption, written on the workload where reviewers and the validator
 * see it: the level the workload may fall to, and why.
 */
public final class PodSecurityAnnotations {

  public static final String LEVEL = "alluxio-k8s.dev/pod-security-level";
  public static final String REASON = "alluxio-k8s.dev/pod-security-reason";

  private PodSecurityAnnotations() {}

  public static void apply(V1ObjectMeta meta, PodSecurityExemption exemption) {
    TreeMap<String, String> annotations = meta.getAnnotations() == null ? new TreeMap<>() : new TreeMap<>(meta.getAnnotations());
    annotations.put(LEVEL, exemption.level().value());
    annotations.put(REASON, exemption.reason());
    meta.setAnnotations(annotations);
  }
}
