package dev.alluxiok8s.model.placement;

import java.util.Optional;

/** How a component's pods are networked: on the node's network or their own, and their DNS policy. */
public interface PodNetwork {

  boolean hostNetwork();

  /** Inferred from {@link #hostNetwork()} when empty. */
  Optional<DnsPolicy> dnsPolicy();

  /** The given policy, or the one that lets host-network pods still resolve cluster names. */
  default DnsPolicy effectiveDnsPolicy() {
    return dnsPolicy().orElse(DnsPolicy.inferred(hostNetwork()));
  }
}
