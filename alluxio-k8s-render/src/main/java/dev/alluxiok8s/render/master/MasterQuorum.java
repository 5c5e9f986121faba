package dev.alluxiok8s.render.master;

import dev.alluxiok8s.model.master.MasterSpreading;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.render.object.DraftObject;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.naming.Metadata;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1PodAffinityTerm;
import io.kubernetes.client.openapi.models.V1PodAntiAffinity;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudgetSpec;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1WeightedPodAffinityTerm;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What keeps a majority of several masters running through node failures and drains: pod
 * anti-affinity across nodes, and a PodDisruptionBudget that lets an eviction (a drain, a node
 * upgrade) take a master only while a majority stays available. Raft (an EMBEDDED journal) stops
 * serving without a majority; with ZooKeeper the same budget keeps standbys for a fail-over.
 */
final class MasterQuorum {

  static final String HOSTNAME = "kubernetes.io/hostname";
  /** Three or more masters tolerate losing one; one or two cannot spare any, and a budget would block every drain. */
  static final int SMALLEST_QUORUM = 3;

  private MasterQuorum() {}

  /** A majority of {@code count} masters: {@code floor(count / 2) + 1}. */
  static int majority(int count) {
    return count / 2 + 1;
  }

  /**
   * Adds anti-affinity on {@value #HOSTNAME} between masters to {@code pod}, beside any affinity
   * the spec's placement gave it, when there are several masters.
   */
  static void spread(V1PodSpec pod, Masters masters, Map<String, String> selector) {
    if (masters.count() < 2) {
      return;
    }
    V1PodAffinityTerm term = new V1PodAffinityTerm()
        .labelSelector(new V1LabelSelector().matchLabels(new TreeMap<>(selector)))
        .topologyKey(HOSTNAME);
    V1Affinity affinity = pod.getAffinity() == null ? new V1Affinity() : pod.getAffinity();
    V1PodAntiAffinity anti = affinity.getPodAntiAffinity() == null ? new V1PodAntiAffinity() : affinity.getPodAntiAffinity();
    if (masters.spreading() == MasterSpreading.REQUIRED) {
      anti.addRequiredDuringSchedulingIgnoredDuringExecutionItem(term);
    } else {
      anti.addPreferredDuringSchedulingIgnoredDuringExecutionItem(new V1WeightedPodAffinityTerm()
          .weight(100).podAffinityTerm(term));
    }
    pod.setAffinity(affinity.podAntiAffinity(anti));
  }

  /** The masters' PodDisruptionBudget, keeping a majority available, from {@value #SMALLEST_QUORUM} masters on. */
  static Optional<DraftObject> disruptionBudget(Masters masters, Metadata metadata, String name,
      Map<String, String> selector) {
    if (masters.count() < SMALLEST_QUORUM) {
      return Optional.empty();
    }
    return Optional.of(new DraftObject(Component.MASTER, new V1PodDisruptionBudget()
        .apiVersion("policy/v1").kind("PodDisruptionBudget")
        .metadata(metadata.of(Component.MASTER, name))
        .spec(new V1PodDisruptionBudgetSpec()
            .minAvailable(new IntOrString(majority(masters.count())))
            .selector(new V1LabelSelector().matchLabels(new TreeMap<>(selector))))));
  }
}
