package dev.alluxiok8s.validation.workload;

import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.tree.Trees;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where the built-in kinds keep their pod: the one place rules learn the shape of workloads. */
public final class Workloads {

  /** Kinds whose pods must restart Always and whose selector must match the template. */
  public static final Set<String> CONTROLLERS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet");

  private Workloads() {}

  /** The pod of a Pod, PodTemplate, workload, Job or CronJob; empty for other kinds. */
  public static Optional<PodTemplate> podOf(String kind, Map<String, Object> tree) {
    FieldPath template;
    switch (kind == null ? "" : kind) {
      case "Pod" -> {
        Map<String, Object> spec = Trees.map(tree, "spec");
        Map<String, Object> meta = Trees.map(tree, "metadata");
        return spec == null
            ? Optional.empty()
            : Optional.of(
                new PodTemplate(
                    spec, FieldPath.ROOT.field("spec"), member(meta, "labels"), member(meta, "annotations"),
                    FieldPath.ROOT.field("metadata")));
      }
      case "PodTemplate" -> template = FieldPath.ROOT.field("template");
      case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job" ->
          template = FieldPath.ROOT.field("spec").field("template");
      case "CronJob" ->
          template = FieldPath.ROOT.field("spec").field("jobTemplate").field("spec").field("template");
      default -> {
        return Optional.empty();
      }
    }
    Map<String, Object> t = at(tree, template);
    Map<String, Object> spec = Trees.map(t, "spec");
    if (spec == null) {
      return Optional.empty();
    }
    Map<String, Object> meta = Trees.map(t, "metadata");
    return Optional.of(
        new PodTemplate(
            spec, template.field("spec"), member(meta, "labels"), member(meta, "annotations"), template.field("metadata")));
  }

  private static Map<String, Object> member(Map<String, Object> metadata, String key) {
    Map<String, Object> m = Trees.map(metadata, key);
    return m == null ? Map.of() : m;
  }

  private static Map<String, Object> at(Map<String, Object> tree, FieldPath path) {
    if (path.isRoot()) {
      return tree;
    }
    return Trees.map(at(tree, path.parent()), path.lastKey());
  }
}
