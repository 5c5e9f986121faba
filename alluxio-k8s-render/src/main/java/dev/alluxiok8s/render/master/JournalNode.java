package dev.alluxiok8s.render.master;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.model.journal.JournalPersistentVolume;
import io.kubernetes.client.openapi.models.V1NodeSelector;
import io.kubernetes.client.openapi.models.V1NodeSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1VolumeNodeAffinity;
import java.util.List;
import java.util.Optional;

/**
 * The node that holds the demo hostPath journal volume. A hostPath volume is one node's directory:
 * without node affinity the master may start on another node and find an empty journal there. The
 * volume's required node affinity is what the scheduler honours for every pod that uses its
 * claim (the master and the format Job alike), so the pods need no node selector of their own,
 * and a user's placement of the masters stays as written.
 *
 * <p>The node is the one whose {@code kubernetes.io/hostname} is {@code nodeName}; without a node
 * name (a chart values file has none, and no name is invented here), the one node the user labels
 * {@value #LABEL}{@code =<volume name>}, which the render's warning says how to do.
 */
public final class JournalNode {

  /** The label that marks the node holding a demo journal volume; its value is the volume's name. */
  public static final String LABEL = "alluxio-k8s.dev/journal-volume";
  /** The id of the warning that a node must be labelled. */
  public static final String RULE = "RENDER-JOURNAL-NODE-LABEL";
  static final String HOSTNAME = "kubernetes.io/hostname";

  private JournalNode() {}

  /** The volume's affinity to its node. */
  static V1VolumeNodeAffinity affinity(JournalPersistentVolume pv, String volumeName) {
    V1NodeSelectorRequirement requirement = pv.nodeName()
        .map(node -> new V1NodeSelectorRequirement().key(HOSTNAME).operator("In").values(List.of(node)))
        .orElseGet(() -> new V1NodeSelectorRequirement().key(LABEL).operator("In").values(List.of(volumeName)));
    return new V1VolumeNodeAffinity().required(new V1NodeSelector()
        .nodeSelectorTerms(List.of(new V1NodeSelectorTerm().matchExpressions(List.of(requirement)))));
  }

  /**
   * The warning that a node must be labelled before the volume can be used, with the command that
   * does it; empty when the spec names the node.
   */
  public static Optional<Diagnostic> warning(JournalPersistentVolume pv, String volumeName) {
    if (pv.nodeName().isPresent()) {
      return Optional.empty();
    }
    String label = LABEL + "=" + volumeName;
    return Optional.of(Diagnostic.of(Severity.WARNING, "spec.journal.persistentVolume.nodeName",
            "the demo journal volume " + volumeName + " is a directory of one node, and no node is named: it goes"
                // The host path is the spec's text: it stays out of the line, which names the attribute.
                + " to the node labelled " + label + ", so label exactly one node (the one that keeps"
                + " journal.persistentVolume.hostPath) before the master starts, or the master stays Pending")
        .withRuleId(RULE)
        .withRemedy(new Remedy.AnyOf(List.of(
            Remedy.advice("label the node: kubectl label node <node-name> " + label),
            new Remedy.SetAttribute("spec.journal.persistentVolume.nodeName", "<node-name>")))));
  }
}
