package dev.alluxiok8s.model.mount;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An existing PersistentVolumeClaim mounted read-write at {@link #mountPath()} in the master,
 * job master, worker, job worker and log server containers (chart 0.6.x's {@code mounts}, which
 * does the same). The claim is referenced, never created: it must exist in the cluster's
 * namespace, and a claim that several pods on several nodes mount needs {@code ReadWriteMany}.
 *
 * <pre>{@code
 * ClaimMount.of("shared-jars", "/opt/extra-jars");
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableClaimMount.class)
@JsonDeserialize(as = ImmutableClaimMount.class)
public interface ClaimMount {

  /** The claim's name in the cluster's namespace. */
  String claimName();

  /** Where the containers see it: an absolute path, off the directories alluxio-k8s mounts itself. */
  String mountPath();

  static ClaimMount of(String claimName, String mountPath) {
    return ImmutableClaimMount.builder().claimName(claimName).mountPath(mountPath).build();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("ClaimMount");
    problems.require(KubernetesNames.isDnsSubdomain(claimName()), "claimName", "\"" + claimName()
        + "\" is not a claim name (lower-case letters, digits, '-' and '.', at most 253)");
    SafePaths.checkContainerPath(problems, "mountPath", mountPath());
    problems.throwIfAny();
  }
}
