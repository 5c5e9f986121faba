package dev.alluxiok8s.upgrade.objects;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Alluxio process a workload runs, told from its containers (names and entrypoint arguments),
 * so that objects of Alluxio's chart and of this project are recognised alike. The constants are
 * in restart order: masters first (they must keep their quorum while the others reconnect), then
 * job masters, workers, FUSE, and anything else last.
 */
public enum WorkloadRole {
  MASTER("masters", "alluxio-master", Set.of("master", "master-only")),
  JOB_MASTER("job masters", "alluxio-job-master", Set.of("job-master")),
  WORKER("workers", "alluxio-worker", Set.of("worker", "worker-only")),
  FUSE("FUSE pods", "alluxio-fuse", Set.of("fuse")),
  OTHER("other pods", "", Set.of());

  private static final Set<String> WORKLOADS = Set.of("StatefulSet", "DaemonSet", "Deployment", "ReplicaSet");

  private final String plural;
  private final String container;
  private final Set<String> arguments;

  WorkloadRole(String plural, String container, Set<String> arguments) {
    this.plural = plural;
    this.container = container;
    this.arguments = arguments;
  }

  /** How a sentence names its pods: "masters", "workers", "FUSE pods". */
  public String plural() {
    return plural;
  }

  /** The pod template of a long-running workload; empty for every other kind. */
  public static Optional<Map<String, Object>> podTemplate(DeployedObject object) {
    if (!WORKLOADS.contains(object.kind())) {
      return Optional.empty();
    }
    return Optional.of(ObjectTrees.map(ObjectTrees.map(object.tree(), "spec"), "template"));
  }

  /** The first role, in restart order, that one of the workload's containers plays; empty for a non-workload. */
  public static Optional<WorkloadRole> of(DeployedObject object) {
    return podTemplate(object).map(template -> {
      List<Map<String, Object>> containers = ObjectTrees.maps(ObjectTrees.map(template, "spec"), "containers");
      for (WorkloadRole role : values()) {
        for (Map<String, Object> c : containers) {
          if (role != OTHER && role.plays(c)) {
            return role;
          }
        }
      }
      return OTHER;
    });
  }

  private boolean plays(Map<String, Object> container) {
    if (this.container.equals(ObjectTrees.text(container, "name"))) {
      return true;
    }
    Object args = container.get("args");
    return args instanceof List<?> list && !list.isEmpty() && arguments.contains(String.valueOf(list.get(0)));
  }
}
