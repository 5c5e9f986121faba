package dev.alluxiok8s.model.pod;

import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.container.ExtraVolume;
import dev.alluxiok8s.model.container.Sidecar;
import dev.alluxiok8s.model.container.VolumeMount;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a component adds to its pods beyond placement and networking ({@code spec.workers.pod},
 * {@code spec.masters.pod}, ...): the ServiceAccount they run as and whether its token is mounted,
 * image pull secrets of their own, a priority class, and labels and annotations on the pod
 * template only (metadata labels and annotations go on every object); and what the pods run beside
 * Alluxio: extra volumes and their mounts, sidecar containers, and the opt-ins to share the node's
 * or the pod's process namespace.
 *
 * <p>The ServiceAccount is named, never created: the pods of masters, workers and FUSE never call
 * the Kubernetes API, so the account exists only for the cluster's own policies (a PodSecurityPolicy
 * successor, an image pull secret attached to it, a cloud identity); the user owns it and its
 * bindings. For the same reason no API token is mounted unless a component needs one.
 *
 * <pre>{@code
 * PodExtras extras = PodExtras.builder().serviceAccountName("alluxio").priorityClassName("high")
 *     .putAnnotations("example.com/team", "storage").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutablePodExtras.class)
@JsonDeserialize(as = ImmutablePodExtras.class)
public interface PodExtras {

  /** An existing ServiceAccount of the namespace; empty falls back to {@code spec.serviceAccountName}, then to the namespace's default. */
  Optional<String> serviceAccountName();

  /**
   * Whether the ServiceAccount's API token is mounted into the pods. Off: masters, workers and FUSE
   * never talk to the API server, and a mounted token is a credential any process in the pod could
   * use. A component whose pods do call the API server turns it on in its own default.
   */
  @Value.Default
  default boolean automountServiceAccountToken() {
    return false;
  }

  /** Secrets to pull images with, in addition to {@code spec.images.pullSecrets}. */
  List<String> imagePullSecrets();

  /** An existing PriorityClass; empty leaves the pods at the cluster's default priority. */
  Optional<String> priorityClassName();

  /** Labels of the pod template, beside the labels alluxio-k8s sets (which may not be overridden). */
  @Value.NaturalOrder
  SortedMap<String, String> labels();

  /** Annotations of the pod template (a scrape annotation, a sidecar injector's switch, ...). */
  @Value.NaturalOrder
  SortedMap<String, String> annotations();

  /**
   * Volumes of the pods beside alluxio-k8s' own: a ConfigMap or Secret of the namespace, a claim,
   * a scratch directory, or a node directory (which needs a privileged {@code podSecurity}).
   */
  List<ExtraVolume> volumes();

  /** Mounts of {@link #volumes()} into each Alluxio container of the pods (job master and job worker too), not the sidecars. */
  List<VolumeMount> volumeMounts();

  /** Containers that run beside the Alluxio containers, with the same security context. */
  List<Sidecar> containers();

  /**
   * Whether the pods see every process of the node ({@code hostPID}), for a profiler or a debugger
   * attached from outside; it takes them to Pod Security privileged, so the component must declare
   * that exemption in {@code podSecurity}.
   */
  @Value.Default
  default boolean hostPID() {
    return false;
  }

  /** Whether the containers of one pod see each other's processes (a sidecar that signals Alluxio). */
  @Value.Default
  default boolean shareProcessNamespace() {
    return false;
  }

  static ImmutablePodExtras.Builder builder() {
    return ImmutablePodExtras.builder();
  }

  static PodExtras none() {
    return builder().build();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("PodExtras");
    serviceAccountName().ifPresent(name -> problems.require(KubernetesNames.isDnsSubdomain(name),
        "serviceAccountName", "\"" + name + "\" is not a ServiceAccount name (a DNS-1123 subdomain: lower-case letters, "
            + "digits, '-' and '.', at most 253)"));
    priorityClassName().ifPresent(name -> problems.require(KubernetesNames.isDnsSubdomain(name),
        "priorityClassName", "\"" + name + "\" is not a PriorityClass name (a DNS-1123 subdomain: lower-case letters, "
            + "digits, '-' and '.', at most 253)"));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < imagePullSecrets().size(); i++) {
      String name = imagePullSecrets().get(i);
      String at = PathJoiner.index("imagePullSecrets", i);
      problems.require(KubernetesNames.isDnsSubdomain(name), at, "\"" + name + "\" is not a Secret name (a DNS-1123 "
          + "subdomain: lower-case letters, digits, '-' and '.', at most 253)");
      problems.require(seen.add(name), at, "\"" + name + "\" is listed twice");
    }
    labels().forEach((key, value) -> {
      String at = PathJoiner.key("labels", key);
      problems.require(KubernetesNames.isQualifiedName(key), at, "\"" + key + "\" is not a valid label key");
      problems.require(KubernetesNames.isLabelValue(value), at, "\"" + value + "\" is not a valid label value");
      // The selector labels are immutable on a workload, and role tells Alluxio's tools the pod's part.
      problems.require(!ClusterMetadata.RESERVED_LABELS.contains(key), at,
          "is set by alluxio-k8s itself and may not be overridden");
      problems.require(!ClusterMetadata.isReservedKey(key), at, "the prefix " + ClusterMetadata.RESERVED_DOMAIN
          + "/ is reserved for what alluxio-k8s writes itself");
    });
    long size = 0;
    for (var e : annotations().entrySet()) {
      String at = PathJoiner.key("annotations", e.getKey());
      problems.require(KubernetesNames.isQualifiedName(e.getKey()), at, "\"" + e.getKey() + "\" is not a valid annotation key");
      // The config hash and the Pod Security exemption live there: a spec may not forge them.
      problems.require(!ClusterMetadata.isReservedKey(e.getKey()), at, "the prefix " + ClusterMetadata.RESERVED_DOMAIN
          + "/ is reserved for what alluxio-k8s writes itself; declare a Pod Security exemption with "
          + "spec.<component>.podSecurity instead");
      size += e.getKey().getBytes(StandardCharsets.UTF_8).length + e.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    problems.require(size <= 256 * 1024, "annotations", "may not have more than 262144 bytes in all, got " + size);
    PodAdditionRules.check(problems, this);
    problems.throwIfAny();
  }
}
