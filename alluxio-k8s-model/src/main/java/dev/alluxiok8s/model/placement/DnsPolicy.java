package dev.alluxiok8s.model.placement;

import com.fasterxml.jackson.annotation.JsonValue;

/** A pod's {@code dnsPolicy}. */
public enum DnsPolicy {
  CLUSTER_FIRST("ClusterFirst"),
  CLUSTER_FIRST_WITH_HOST_NET("ClusterFirstWithHostNet"),
  DEFAULT("Default"),
  NONE("None");

  private final String value;

  DnsPolicy(String value) {
    this.value = value;
  }

  /** The name Kubernetes and the spec file use. */
  @JsonValue
  public String value() {
    return value;
  }

  /** The policy a pod wants when it does not choose: host-network pods still resolve cluster names. */
  public static DnsPolicy inferred(boolean hostNetwork) {
    return hostNetwork ? CLUSTER_FIRST_WITH_HOST_NET : CLUSTER_FIRST;
  }
}
