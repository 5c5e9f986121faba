package dev.alluxiok8s.model.placement;

import dev.alluxiok8s.model.pod.PodExtras;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What masters, workers and FUSE each say about their pods, under the same attribute names in
 * each ({@code spec.masters.placement}, {@code spec.workers.hostNetwork}, {@code
 * spec.fuse.podSecurity}, ...): where they may run, whether they use the node's network and which
 * DNS policy, and a declared Pod Security exemption. Each component defaults {@link
 * #hostNetwork()} itself: workers and FUSE are on the node's network, masters are not.
 */
public interface PodSettings {

  @Value.Default
  default Placement placement() {
    return Placement.anywhere();
  }

  boolean hostNetwork();

  /** Inferred from {@link #hostNetwork()} when empty. */
  Optional<DnsPolicy> dnsPolicy();

  /**
   * A reasoned exemption from the Pod Security baseline, rendered as annotations on the workload;
   * needed when the pods fall below baseline (host networking, hostPath storage, privileges).
   */
  Optional<PodSecurityExemption> podSecurity();

  /**
   * The pods' ServiceAccount, pull secrets, priority class, labels and annotations; by default the
   * namespace's default account with no API token mounted.
   */
  @Value.Default
  default PodExtras pod() {
    return PodExtras.none();
  }

  /** The given policy, or the one that lets host-network pods still resolve cluster names. */
  default DnsPolicy effectiveDnsPolicy() {
    return dnsPolicy().orElse(DnsPolicy.inferred(hostNetwork()));
  }
}
