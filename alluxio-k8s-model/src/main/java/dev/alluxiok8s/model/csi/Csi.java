package dev.alluxiok8s.model.csi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.image.Image;
import dev.alluxiok8s.model.process.Resources;
import dev.alluxiok8s.model.property.PropertyRules;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Alluxio's CSI driver, as chart 0.6.54 deploys it: pods claim a volume of the StorageClass
 * {@link #storageClass()} and find an Alluxio path mounted there through FUSE. A controller
 * Deployment (the Kubernetes csi-provisioner sidecar beside Alluxio's {@code csiserver}) provisions
 * volumes of {@link #alluxioPath()}, checking it is an Alluxio directory; a node plugin DaemonSet (the node-driver-registrar sidecar beside
 * Alluxio's {@code csiserver}) mounts them, running FUSE in its own container or, with {@link
 * #mountInPod()}, in a pod it creates per volume. Off by default.
 *
 * <p>The node plugin is privileged (mounting needs {@code SYS_ADMIN}, and sharing the mount with
 * the kubelet needs {@code Bidirectional} propagation), so an enabled driver declares {@link
 * #podSecurity()}. The FUSE processes take {@code spec.fuse}'s JVM options and properties.
 *
 * <pre>{@code
 * Csi csi = Csi.builder().enabled(true)
 *     .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "the CSI node plugin mounts FUSE for the kubelet"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCsi.class)
@JsonDeserialize(as = ImmutableCsi.class)
@JsonPropertyOrder({"enabled", "storageClass", "alluxioPath", "mountOptions", "javaOptions", "mountInPod",
    "provisionerImage", "nodeDriverRegistrarImage", "controllerResources", "provisionerResources",
    "nodeServerResources", "nodeDriverRegistrarResources", "podSecurity"})
public interface Csi {

  /** Alluxio's driver names itself so ({@code driverName} in its Go sources): one per Kubernetes cluster. */
  String DRIVER_NAME = "alluxio";

  @Value.Default
  default boolean enabled() {
    return false;
  }

  /** The StorageClass that provisions Alluxio volumes; the cluster's name when left out. */
  Optional<String> storageClass();

  /** The Alluxio path every volume of the StorageClass shows (the controller checks it is a directory), as chart 0.6.54's {@code csi.alluxioPath}. */
  @Value.Default
  default String alluxioPath() {
    return "/";
  }

  /** FUSE mount options of every volume (the StorageClass's {@code mountOptions}), chart 0.6.54's defaults. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.ALWAYS)
  default List<String> mountOptions() {
    return List.of("direct_io", "allow_other", "entry_timeout=36000", "attr_timeout=36000", "max_readahead=0");
  }

  /** JVM options added to each volume's FUSE process (the StorageClass's {@code javaOptions}). */
  @Value.Default
  @JsonInclude(JsonInclude.Include.ALWAYS)
  default List<String> javaOptions() {
    return List.of("-Dalluxio.user.metadata.cache.enabled=true");
  }

  /**
   * Run each volume's FUSE in a pod of its own that the node plugin creates (from the template in
   * the ConfigMap {@code <name>-csi-fuse}), so that restarting the node plugin leaves the
   * mounts alive; the node plugin then may create and delete pods in the namespace. When false
   * (the default, as the chart), FUSE runs inside the node plugin's container.
   */
  @Value.Default
  default boolean mountInPod() {
    return false;
  }

  /**
   * The Kubernetes csi-provisioner sidecar. Chart 0.6.54 pins v2.0.5; v3.5.0 serves its metrics
   * over HTTP ({@code --http-endpoint}), which its probes use.
   */
  @Value.Default
  default Image provisionerImage() {
    return Image.builder().repository("registry.k8s.io/sig-storage/csi-provisioner").tag("v3.5.0").build();
  }

  /**
   * The Kubernetes node-driver-registrar sidecar. Chart 0.6.54 pins v2.0.0; v2.8.0 can probe
   * itself ({@code --mode=kubelet-registration-probe}: has the kubelet registered the driver?).
   */
  @Value.Default
  default Image nodeDriverRegistrarImage() {
    return Image.builder().repository("registry.k8s.io/sig-storage/csi-node-driver-registrar").tag("v2.8.0").build();
  }

  /** The controller's {@code csiserver}; chart 0.6.54's defaults. */
  @Value.Default
  default Resources controllerResources() {
    return Resources.builder().putRequests("cpu", "10m").putRequests("memory", "20Mi")
        .putLimits("cpu", "200m").putLimits("memory", "200Mi").build();
  }

  @Value.Default
  default Resources provisionerResources() {
    return Resources.builder().putRequests("cpu", "10m").putRequests("memory", "20Mi")
        .putLimits("cpu", "100m").putLimits("memory", "300Mi").build();
  }

  /** The node plugin's {@code csiserver}, which also runs the FUSE processes unless {@link #mountInPod()}. */
  @Value.Default
  default Resources nodeServerResources() {
    return Resources.builder().putRequests("cpu", "1").putRequests("memory", "1Gi")
        .putLimits("cpu", "4").putLimits("memory", "8Gi").build();
  }

  @Value.Default
  default Resources nodeDriverRegistrarResources() {
    return Resources.builder().putRequests("cpu", "10m").putRequests("memory", "20Mi")
        .putLimits("cpu", "100m").putLimits("memory", "100Mi").build();
  }

  /** The node plugin's exemption from the Pod Security baseline: required when enabled, since it is privileged. */
  Optional<PodSecurityExemption> podSecurity();

  /** The StorageClass's name: {@link #storageClass()}, or {@code clusterName}. */
  default String storageClassOr(String clusterName) {
    return storageClass().orElse(clusterName);
  }

  static ImmutableCsi.Builder builder() {
    return ImmutableCsi.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("Csi");
    storageClass().ifPresent(name -> problems.require(KubernetesNames.isDnsSubdomain(name), "storageClass",
        "\"" + name + "\" is not a StorageClass name (a DNS-1123 subdomain: lower-case letters, digits, '-' and '.')"));
    Fuse.checkMountArguments(problems, alluxioPath(), mountOptions());
    PropertyRules.checkJvmOptions(problems, "javaOptions", javaOptions());
    if (enabled()) {
      problems.require(podSecurity().isPresent(), "podSecurity", "the CSI node plugin is privileged (it mounts with "
          + "SYS_ADMIN and shares the mounts with the kubelet through Bidirectional propagation): declare the "
          + "exemption, level privileged, with the reason");
    }
    problems.throwIfAny();
  }
}
