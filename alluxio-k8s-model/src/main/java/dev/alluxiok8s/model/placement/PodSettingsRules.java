package dev.alluxiok8s.model.placement;

import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SpecRule;
import java.util.Map;

/**
 * What the Kubernetes API server, or the node, refuses about a component's pod settings that the
 * spec could still say: {@code dnsPolicy: None} without a {@code dnsConfig} (which a spec cannot
 * give), and a port below 1024 on the node's network for a process that is not root (the renderer
 * drops every capability, NET_BIND_SERVICE included).
 */
public final class PodSettingsRules {

  private PodSettingsRules() {}

  /** Checks {@code pod}, the settings at {@code prefix} ({@code workers.}). */
  public static void check(Problems problems, String prefix, PodSettings pod) {
    problems.require(pod.dnsPolicy().orElse(null) != DnsPolicy.NONE, SpecRule.DNS_POLICY, prefix + "dnsPolicy",
        "None needs a dnsConfig, which a spec cannot give: the pods would have no name server at all (the API server "
            + "refuses it); use ClusterFirst, ClusterFirstWithHostNet or Default");
  }

  /**
   * Checks that ports on the node's network can be bound by {@code user}: below 1024 only root (or
   * NET_BIND_SERVICE, which the renderer drops) may bind them.
   */
  public static void checkPrivilegedPorts(Problems problems, PodSettings pod, long user, Map<String, Integer> ports) {
    if (!pod.hostNetwork() || user == 0) {
      return;
    }
    ports.forEach((path, port) -> problems.require(port < 1 || port >= 1024, SpecRule.PRIVILEGED_PORT, path, "port " + port + " is below 1024, "
        + "which only root may bind on the node's network, and the processes run as user " + user
        + " without NET_BIND_SERVICE; use a port from 1024 up, or run the pods off the host network"));
  }
}
