package dev.alluxiok8s.model.fuse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.EnvFileCharacters;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import dev.alluxiok8s.model.placement.PodSettings;
import dev.alluxiok8s.model.process.JvmMemory;
import dev.alluxiok8s.model.process.ProcessSettings;
import dev.alluxiok8s.model.process.Resources;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Alluxio FUSE: a DaemonSet that mounts an Alluxio path at a node directory, so pods on the node
 * can read Alluxio as files. Off by default (chart 0.5.2 always rendered it). It needs a
 * privileged container, hence a declared {@link #podSecurity()} exemption whenever it is enabled.
 *
 * <pre>{@code
 * Fuse fuse = Fuse.builder().enabled(true).mountPoint("/mnt/alluxio-fuse")
 *     .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "FUSE mounts need CAP_SYS_ADMIN"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableFuse.class)
@JsonDeserialize(as = ImmutableFuse.class)
// A spec file lists its own attributes first, then the pod settings, as before they were shared.
@JsonPropertyOrder({"enabled", "inWorker", "mountPoint", "alluxioPath", "mountOptions", "resources", "jvmOptions", "properties",
    "placement", "hostNetwork", "dnsPolicy", "demoClient", "pod", "podSecurity"})
public interface Fuse extends ProcessSettings, PodSettings {

  /** Two or more levels, none of them "." or "..", of characters a shell and /proc/mounts leave as they are. */
  Pattern MOUNT_POINT = Pattern.compile("(/(?!\\.{1,2}(/|$))[A-Za-z0-9._-]+){2,}");
  Pattern MOUNT_OPTION = Pattern.compile("[A-Za-z0-9_]+(=[A-Za-z0-9_.:/-]+)?");

  /**
   * Checks the Alluxio path and mount options of a FUSE mount, at {@code alluxioPath} and {@code
   * mountOptions[i]}: both reach Alluxio's FUSE scripts as arguments, which they pass on unquoted and
   * split on white space. FUSE's own settings and the CSI driver's FUSE pods share these rules.
   */
  static void checkMountArguments(Problems problems, String alluxioPath, List<String> mountOptions) {
    problems.require(alluxioPath.startsWith("/"), "alluxioPath",
        "must be an absolute Alluxio path, got \"" + alluxioPath + "\"");
    EnvFileCharacters.check(problems, "alluxioPath", alluxioPath);
    problems.require(alluxioPath.chars().noneMatch(Character::isWhitespace), "alluxioPath",
        "may not contain white space: Alluxio's FUSE scripts split their arguments on it");
    for (int i = 0; i < mountOptions.size(); i++) {
      String option = mountOptions.get(i);
      problems.require(MOUNT_OPTION.matcher(option).matches(), PathJoiner.index("mountOptions", i),
          "\"" + option + "\" is not a FUSE mount option (examples: allow_other, max_readahead=0)");
    }
  }

  @Value.Default
  default boolean enabled() {
    return false;
  }

  /**
   * FUSE runs inside each worker's own process (Alluxio's worker-embedded FUSE, chart 0.6.54's
   * {@code worker.fuseEnabled}) instead of in a DaemonSet of its own: one JVM per node instead of
   * two, at the price of a privileged worker container running as root. The worker pods then
   * need a declared exemption ({@code spec.workers.podSecurity}), and FUSE's own pod settings
   * ({@code resources}, {@code jvmOptions}, {@code placement}, {@code hostNetwork}, {@code
   * dnsPolicy}, {@code podSecurity}) do not apply: the worker's do. Its {@link #properties()} go
   * to the worker process.
   */
  @Value.Default
  default boolean inWorker() {
    return false;
  }

  /** True when FUSE runs as its own DaemonSet: enabled, and not inside the workers. */
  default boolean ownDaemonSet() {
    return enabled() && !inWorker();
  }

  /**
   * The node directory where Alluxio appears, at least two levels deep: its parent is shared
   * with the node, so that a restarted FUSE can clear a dead mount left there by a crash.
   * Defaults to {@code /mnt/alluxio-fuse}, as chart 0.6.54 (chart 0.5.2: {@code /alluxio-fuse},
   * whose parent is the node's root).
   */
  @Value.Default
  default String mountPoint() {
    return "/mnt/alluxio-fuse";
  }

  /** The Alluxio path mounted there. */
  @Value.Default
  default String alluxioPath() {
    return "/";
  }

  /** FUSE mount options ({@code -o}), e.g. {@code allow_other}. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.ALWAYS) // an empty list differs from the default, so write it
  default List<String> mountOptions() {
    return List.of("allow_other");
  }

  /**
   * Defaults to requests of 0.5 CPU and 1Gi, limits of 1 CPU and 4Gi. Chart 0.5.2 limited it to
   * 1G, below the 1G heap alone that Alluxio gives FUSE; 4Gi holds
   * {@link dev.alluxiok8s.model.process.JvmMemory#FUSE}'s heap and direct memory with the JVM's
   * overhead, as chart 0.6.54's 4Gi limit does. (The link is qualified because Immutables copies
   * this comment into ImmutableFuse, which does not import JvmMemory.)
   */
  @Override
  @Value.Default
  default Resources resources() {
    return Resources.builder().putRequests("cpu", "0.5").putRequests("memory", "1Gi")
        .putLimits("cpu", "1").putLimits("memory", "4Gi").build();
  }

  @Override
  @Value.NaturalOrder
  SortedMap<String, String> properties();

  @Override
  @Value.Default
  default boolean hostNetwork() {
    return true;
  }

  /** Also emit a small unprivileged demo DaemonSet that mounts the FUSE directory. */
  @Value.Default
  default boolean demoClient() {
    return false;
  }

  static ImmutableFuse.Builder builder() {
    return ImmutableFuse.builder();
  }

  @Value.Check
  default void check() {
    checkSettings("Fuse");
    Problems problems = new Problems("Fuse");
    if (MOUNT_POINT.matcher(mountPoint()).matches()) {
      SafePaths.checkNodePath(problems, "mountPoint", mountPoint());
    } else {
      problems.add("mountPoint", "must be an absolute path of at least two levels, of letters, digits, '.', '_' and '-' "
          + "(its parent directory is shared with the node, and may not be the node's root), got \"" + mountPoint() + "\"");
    }
    checkMountArguments(problems, alluxioPath(), mountOptions());
    problems.require(!demoClient() || enabled(), "demoClient", "needs FUSE enabled");
    if (inWorker()) {
      checkInWorker(problems);
    }
    problems.throwIfAny();
  }

  /** FUSE inside the worker has no pod or JVM of its own: settings of those would be silently lost. */
  private void checkInWorker(Problems problems) {
    problems.require(enabled(), "inWorker", "needs FUSE enabled (spec.fuse.enabled: true)");
    Fuse defaults = builder().build();
    String worker = " applies to FUSE's own DaemonSet; with inWorker: true FUSE runs in the worker's JVM and pod, so set ";
    problems.require(resources().equals(defaults.resources()), "resources", worker + "spec.workers.worker.resources");
    problems.require(jvmOptions().isEmpty(), "jvmOptions", worker + "spec.workers.worker.jvmOptions");
    problems.require(placement().equals(defaults.placement()), "placement", worker + "spec.workers.placement");
    problems.require(hostNetwork() == defaults.hostNetwork(), "hostNetwork", worker + "spec.workers.hostNetwork");
    problems.require(dnsPolicy().isEmpty(), "dnsPolicy", worker + "spec.workers.dnsPolicy");
    problems.require(podSecurity().isEmpty(), "podSecurity", worker + "spec.workers.podSecurity");
  }
}
