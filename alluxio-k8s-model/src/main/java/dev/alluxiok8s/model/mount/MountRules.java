package dev.alluxiok8s.model.mount;

import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.secret.SecretMounts;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@code spec.claimMounts} off each other and off every directory alluxio-k8s mounts in the
 * same containers: a volume at or above another hides it (a claim at {@code /mnt} would hide a
 * tier at {@code /mnt/ssd}), and one claim listed twice would give the pod two volumes of one name.
 */
public final class MountRules {

  /** Where alluxio-k8s mounts {@code metrics.properties} (spec.metrics). */
  public static final String METRICS_DIRECTORY = "/config/metrics";

  private MountRules() {}

  public static void check(ClusterSpec spec, Problems problems) {
    Map<String, String> ours = ownDirectories(spec);
    Map<String, Integer> claims = new HashMap<>();
    Map<String, String> taken = new LinkedHashMap<>();
    List<ClaimMount> mounts = spec.claimMounts();
    for (int i = 0; i < mounts.size(); i++) {
      ClaimMount mount = mounts.get(i);
      String at = PathJoiner.index("claimMounts", i);
      Integer first = claims.putIfAbsent(mount.claimName(), i);
      problems.require(first == null, at + ".claimName", "claim \"" + mount.claimName() + "\" is already mounted by "
          + PathJoiner.index("claimMounts", first == null ? i : first) + "; mount it once");
      String path = mount.mountPath();
      ours.forEach((dir, owner) -> problems.require(!SafePaths.sameOrNested(dir, path), SpecRule.SAME_DIRECTORY,
          at + ".mountPath", "\"" + path + "\" is the same directory as, or nested with, " + owner + " (\"" + dir
              + "\"), which alluxio-k8s mounts in the same containers; choose a directory of its own"));
      taken.forEach((dir, owner) -> problems.require(!SafePaths.sameOrNested(dir, path), SpecRule.SAME_DIRECTORY,
          at + ".mountPath", "\"" + path + "\" is the same directory as, or nested with, " + owner + " (\"" + dir
              + "\"); one claim would hide the other"));
      taken.putIfAbsent(path, at + ".mountPath");
    }
  }

  /** Directory -> what alluxio-k8s mounts there, in the containers a claim mount also reaches. */
  static Map<String, String> ownDirectories(ClusterSpec spec) {
    Map<String, String> dirs = new LinkedHashMap<>();
    dirs.put(SecretMounts.ROOT, "the Secrets of spec.secrets");
    dirs.put(ConfigMapMounts.ROOT, "the ConfigMaps of spec.configMaps");
    if (spec.metrics().enabled()) {
      dirs.put(METRICS_DIRECTORY, "metrics.properties (spec.metrics)");
    }
    if (spec.journal().isLocal()) {
      dirs.put(spec.journal().folder(), "spec.journal.folder");
    }
    if (spec.metastore().type() == MetastoreType.ROCKS) {
      dirs.put(spec.metastore().mountPath(), "spec.metastore.mountPath");
    }
    List<TierLevel> levels = spec.tieredStore().levels();
    for (int l = 0; l < levels.size(); l++) {
      for (int d = 0; d < levels.get(l).directories().size(); d++) {
        dirs.put(levels.get(l).directories().get(d).path(), "spec.tieredStore.levels[" + l + "].directories[" + d + "].path");
      }
    }
    if (spec.shortCircuit().enabled()) {
      dirs.put(spec.shortCircuit().mountPath(), "spec.shortCircuit.mountPath");
    }
    if (spec.fuse().inWorker()) {
      String mountPoint = spec.fuse().mountPoint();
      dirs.put(mountPoint.substring(0, mountPoint.lastIndexOf('/')), "the directory of spec.fuse.mountPoint");
    }
    return dirs;
  }
}
