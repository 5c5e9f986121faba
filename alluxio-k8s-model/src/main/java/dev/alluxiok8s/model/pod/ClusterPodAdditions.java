package dev.alluxiok8s.model.pod;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.container.ReservedNames;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link PodAdditionRules#checkCluster} for each component that has a {@code pod}, with the
 * ports of its pods and the container directories the cluster mounts: the Secrets and metrics
 * directories, the journal folder and metastore, the tier directories, the short-circuit socket
 * directory and the FUSE mount point. A mount over any of them is refused whichever component
 * makes it: the directory's meaning is the cluster's, not one pod's.
 */
public final class ClusterPodAdditions {

  private ClusterPodAdditions() {}

  public static void check(ClusterSpec spec, Problems problems) {
    Map<String, String> directories = directories(spec);
    var m = spec.masters().ports();
    Map<String, Integer> masterPorts = new LinkedHashMap<>();
    masterPorts.put("masters.ports.rpc", m.rpc());
    masterPorts.put("masters.ports.web", m.web());
    masterPorts.put("masters.ports.embedded", m.embedded());
    masterPorts.put("masters.ports.jobRpc", m.jobRpc());
    masterPorts.put("masters.ports.jobWeb", m.jobWeb());
    masterPorts.put("masters.ports.jobEmbedded", m.jobEmbedded());
    var w = spec.workers().ports();
    Map<String, Integer> workerPorts = new LinkedHashMap<>();
    workerPorts.put("workers.ports.rpc", w.rpc());
    workerPorts.put("workers.ports.web", w.web());
    workerPorts.put("workers.ports.jobRpc", w.jobRpc());
    workerPorts.put("workers.ports.jobData", w.jobData());
    workerPorts.put("workers.ports.jobWeb", w.jobWeb());
    PodAdditionRules.checkCluster(problems, "masters.", spec.masters(), masterPorts, directories);
    PodAdditionRules.checkCluster(problems, "workers.", spec.workers(), workerPorts, directories);
    PodAdditionRules.checkCluster(problems, "fuse.", spec.fuse(), Map.of(), directories);
    PodAdditionRules.checkCluster(problems, "logServer.", spec.logServer(), Map.of("logServer.port", spec.logServer().port()),
        directories);
    PodAdditionRules.checkCluster(problems, "proxy.", spec.proxy(), Map.of("proxy.port", spec.proxy().port()), directories);
  }

  /** The container directories the cluster mounts, each with the attribute (or reason) that puts it there. */
  static Map<String, String> directories(ClusterSpec spec) {
    Map<String, String> directories = new LinkedHashMap<>();
    for (String reserved : ReservedNames.DIRECTORIES) {
      directories.put(reserved, "where alluxio-k8s mounts Secrets and the metrics configuration");
    }
    if (spec.journal().isLocal()) {
      directories.put(spec.journal().folder(), "spec.journal.folder");
    }
    if (spec.metastore().type() == MetastoreType.ROCKS) {
      directories.put(spec.metastore().mountPath(), "spec.metastore.mountPath");
    }
    List<TierLevel> levels = spec.tieredStore().levels();
    for (int l = 0; l < levels.size(); l++) {
      for (int d = 0; d < levels.get(l).directories().size(); d++) {
        directories.putIfAbsent(levels.get(l).directories().get(d).path(),
            "spec.tieredStore.levels[" + l + "].directories[" + d + "].path");
      }
    }
    if (spec.shortCircuit().enabled()) {
      directories.putIfAbsent(spec.shortCircuit().mountPath(), "spec.shortCircuit.mountPath");
    }
    if (spec.fuse().enabled()) {
      directories.putIfAbsent(spec.fuse().mountPoint(), "spec.fuse.mountPoint");
    }
    return directories;
  }
}
