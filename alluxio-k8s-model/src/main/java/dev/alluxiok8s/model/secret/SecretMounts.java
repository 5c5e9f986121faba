package dev.alluxiok8s.model.secret;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import dev.alluxiok8s.model.check.SpecRule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Secrets mounted read-only into each role's containers: Secret name -> directory under
 * {@value #ROOT}. Alluxio properties can then point at the files, e.g.
 * {@code alluxio.underfs.hdfs.configuration=/secrets/hdfsConfig/core-site.xml}.
 *
 * <pre>{@code
 * SecretMounts.builder().putMaster("alluxio-hdfs-config", "hdfsConfig")
 *     .putWorker("alluxio-hdfs-config", "hdfsConfig").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSecretMounts.class)
@JsonDeserialize(as = ImmutableSecretMounts.class)
public interface SecretMounts {

  /** The directory every secret mount lives under. */
  String ROOT = "/secrets";

  /** Directories alluxio-k8s mounts Secrets at itself. */
  String RESERVED_PREFIX = "alluxio-k8s-";

  Pattern DIRECTORY = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

  /** Mounted into the master and job-master containers (and the format-journal Job). */
  @Value.NaturalOrder
  SortedMap<String, String> master();

  /** Mounted into the worker and job-worker containers. */
  @Value.NaturalOrder
  SortedMap<String, String> worker();

  /** Mounted into the FUSE container. */
  @Value.NaturalOrder
  SortedMap<String, String> fuse();

  static ImmutableSecretMounts.Builder builder() {
    return ImmutableSecretMounts.builder();
  }

  /** The absolute mount path of a directory given here. */
  static String mountPath(String directory) {
    return ROOT + "/" + directory;
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("SecretMounts");
    checkRole(problems, "master", master());
    checkRole(problems, "worker", worker());
    checkRole(problems, "fuse", fuse());
    problems.throwIfAny();
  }

  private static void checkRole(Problems problems, String role, Map<String, String> mounts) {
    Map<String, String> secretByDirectory = new LinkedHashMap<>();
    mounts.forEach((secret, directory) -> {
      String at = PathJoiner.key(role, secret);
      problems.require(KubernetesNames.isDnsSubdomain(secret), at,
          "\"" + secret + "\" is not a Secret name (lower-case letters, digits, '-' and '.')");
      boolean relative = DIRECTORY.matcher(directory).matches()
          && java.util.Arrays.stream(directory.split("/")).noneMatch(p -> p.equals("..") || p.equals("."));
      problems.require(relative, SpecRule.SAFE_PATH, at, "\"" + directory + "\" must be a relative directory under " + ROOT
          + " without '..' (example: hdfsConfig)");
      problems.require(!directory.startsWith(RESERVED_PREFIX), at, "directories starting with \"" + RESERVED_PREFIX
          + "\" are reserved for the Hadoop configuration of spec.underStorage and spec.journal");
      String other = secretByDirectory.putIfAbsent(directory, secret);
      problems.require(other == null, SpecRule.SAME_DIRECTORY, at, "directory \"" + directory + "\" is already used by Secret \"" + other + "\"");
      // A Secret's volume hides whatever lies below it, so a Secret inside another's directory is lost.
      secretByDirectory.forEach((otherDirectory, otherSecret) -> problems.require(otherDirectory.equals(directory)
          || !SafePaths.sameOrNested(otherDirectory, directory), SpecRule.SAME_DIRECTORY, at, "directory \"" + directory
          + "\" is nested with \"" + otherDirectory + "\" of Secret \"" + otherSecret + "\"; one Secret's files would hide "
          + "the other's: give each its own directory"));
    });
  }
}
