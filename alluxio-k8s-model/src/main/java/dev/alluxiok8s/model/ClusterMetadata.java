package dev.alluxiok8s.model;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.kube.diagnostic.PathJoiner;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SpecRule;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The cluster's identity: its name, the prefix of every object it renders to
 * ({@code <name>-master}, {@code <name>-worker}, ...), its namespace, and labels and annotations
 * added to every object.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableClusterMetadata.class)
@JsonDeserialize(as = ImmutableClusterMetadata.class)
public interface ClusterMetadata {

  /**
   * The longest name that keeps every derived name valid: {@code <name>-master} is a StatefulSet
   * (at most 52 characters, so its pods' revision label fits in 63) and {@code <name>-master-<i>}
   * is a Service (a DNS-1035 label).
   */
  int MAX_NAME_LENGTH = 40;

  /** Labels the renderer sets itself; a user value would break selectors. */
  Set<String> RESERVED_LABELS = Set.of(
      "app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/component",
      "app.kubernetes.io/managed-by", "app.kubernetes.io/version", "app.kubernetes.io/part-of", "role");

  /**
   * The prefix of the annotations and labels alluxio-k8s writes itself ({@code
   * alluxio-k8s.dev/pod-security-level}, {@code alluxio-k8s.dev/config-hash}, ...). Metadata is
   * copied onto every object, so a spec that could set them would grant itself a Pod Security
   * exemption without {@code podSecurity} or fake a configuration hash; the domain and its
   * subdomains are reserved.
   */
  String RESERVED_DOMAIN = "alluxio-k8s.dev";

  /** Whether {@code key}'s prefix is {@link #RESERVED_DOMAIN} or one of its subdomains. */
  static boolean isReservedKey(String key) {
    int slash = key.indexOf('/');
    String prefix = (slash < 0 ? "" : key.substring(0, slash)).toLowerCase(java.util.Locale.ROOT);
    return prefix.equals(RESERVED_DOMAIN) || prefix.endsWith("." + RESERVED_DOMAIN);
  }

  String name();

  /** Empty leaves the namespace to {@code kubectl --namespace} / the current context. */
  Optional<String> namespace();

  @Value.NaturalOrder
  SortedMap<String, String> labels();

  @Value.NaturalOrder
  SortedMap<String, String> annotations();

  static ImmutableClusterMetadata.Builder builder() {
    return ImmutableClusterMetadata.builder();
  }

  static ClusterMetadata named(String name) {
    return builder().name(name).build();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("ClusterMetadata");
    problems.require(Pattern.matches("[a-z]([-a-z0-9]*[a-z0-9])?", name()) && name().length() <= MAX_NAME_LENGTH,
        "name", "\"" + name() + "\" must be a DNS-1035 label of at most " + MAX_NAME_LENGTH
            + " characters (lower-case letters, digits and '-', starting with a letter): it prefixes every object name");
    namespace().ifPresent(ns -> problems.require(KubernetesNames.isDnsLabel(ns), "namespace",
        "\"" + ns + "\" is not a namespace name (a DNS-1123 label: lower-case letters, digits and '-', at most 63)"));
    labels().forEach((key, value) -> {
      String at = PathJoiner.key("labels", key);
      problems.require(KubernetesNames.isQualifiedName(key), at, "\"" + key + "\" is not a valid label key");
      problems.require(KubernetesNames.isLabelValue(value), at, "\"" + value + "\" is not a valid label value");
      problems.require(!RESERVED_LABELS.contains(key), SpecRule.RESERVED_KEY, at, "is set by alluxio-k8s itself and may not be overridden");
      problems.require(!isReservedKey(key), SpecRule.RESERVED_KEY, at, "the prefix " + RESERVED_DOMAIN + "/ is reserved for what alluxio-k8s "
          + "writes itself");
    });
    long size = 0;
    for (var e : annotations().entrySet()) {
      problems.require(KubernetesNames.isQualifiedName(e.getKey()), PathJoiner.key("annotations", e.getKey()),
          "\"" + e.getKey() + "\" is not a valid annotation key");
      problems.require(!isReservedKey(e.getKey()), SpecRule.RESERVED_KEY, PathJoiner.key("annotations", e.getKey()), "the prefix "
          + RESERVED_DOMAIN + "/ is reserved for what alluxio-k8s writes itself; declare a Pod Security exemption "
          + "with spec.<component>.podSecurity instead");
      size += e.getKey().getBytes(StandardCharsets.UTF_8).length + e.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    problems.require(size <= 256 * 1024, "annotations", "may not have more than 262144 bytes in all, got " + size);
    problems.throwIfAny();
  }
}
