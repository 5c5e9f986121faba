package dev.alluxiok8s.model.mount;

import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.secret.SecretMounts;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Existing ConfigMaps mounted read-only into each role's containers: ConfigMap name -> directory
 * under {@value #ROOT} (chart 0.6.x's {@code configmaps}). For configuration that holds no
 * credential, such as Hadoop's {@code core-site.xml}; credentials belong in {@code spec.secrets}.
 *
 * <pre>{@code
 * ConfigMapMounts.builder().putMaster("hadoop-conf", "hadoop").putWorker("hadoop-conf", "hadoop").build();
 * // the masters and job masters, workers and job workers read /configmaps/hadoop/core-site.xml
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableConfigMapMounts.class)
@JsonDeserialize(as = ImmutableConfigMapMounts.class)
public interface ConfigMapMounts {

  /** The directory every ConfigMap mount lives under. */
  String ROOT = "/configmaps";

  /** Mounted into the master and job-master containers. */
  @Value.NaturalOrder
  SortedMap<String, String> master();

  /** Mounted into the worker and job-worker containers. */
  @Value.NaturalOrder
  SortedMap<String, String> worker();

  /** Mounted into the log server's container. */
  @Value.NaturalOrder
  SortedMap<String, String> logServer();

  static ImmutableConfigMapMounts.Builder builder() {
    return ImmutableConfigMapMounts.builder();
  }

  /** The absolute mount path of a directory given here. */
  static String mountPath(String directory) {
    return ROOT + "/" + directory;
  }

  /** Whether nothing is mounted. */
  default boolean isEmpty() {
    return master().isEmpty() && worker().isEmpty() && logServer().isEmpty();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("ConfigMapMounts");
    checkRole(problems, "master", master());
    checkRole(problems, "worker", worker());
    checkRole(problems, "logServer", logServer());
    problems.throwIfAny();
  }

  private static void checkRole(Problems problems, String role, Map<String, String> mounts) {
    Map<String, String> byDirectory = new LinkedHashMap<>();
    mounts.forEach((configMap, directory) -> {
      String at = PathJoiner.key(role, configMap);
      problems.require(KubernetesNames.isDnsSubdomain(configMap), at,
          "\"" + configMap + "\" is not a ConfigMap name (lower-case letters, digits, '-' and '.')");
      boolean relative = SecretMounts.DIRECTORY.matcher(directory).matches()
          && Arrays.stream(directory.split("/")).noneMatch(p -> p.equals("..") || p.equals("."));
      problems.require(relative, SpecRule.SAFE_PATH, at, "\"" + directory + "\" must be a relative directory under "
          + ROOT + " without '..' (example: hadoop)");
      // A ConfigMap's volume hides whatever lies below it: one inside another's directory is lost.
      byDirectory.forEach((otherDirectory, other) -> problems.require(!SafePaths.sameOrNested(otherDirectory, directory),
          SpecRule.SAME_DIRECTORY, at, "directory \"" + directory + "\" is the same as, or nested with, \"" + otherDirectory
              + "\" of ConfigMap \"" + other + "\"; give each its own directory"));
      byDirectory.put(directory, configMap);
    });
  }
}
