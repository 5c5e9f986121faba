package dev.alluxiok8s.model;

import dev.alluxiok8s.model.check.Problems;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A complete Alluxio cluster, shaped like a Kubernetes resource so that a spec file reads
 * naturally (and can later serve as a custom resource):
 *
 * <pre>
 * apiVersion: alluxio-k8s.dev/v1alpha1
 * kind: AlluxioCluster
 * metadata:
 *   name: alluxio
 * spec:
 *   underStorage:
 *     rootUri: s3a://my-bucket/alluxio/
 * </pre>
 *
 * <p>In Java:
 *
 * <pre>{@code
 * AlluxioCluster cluster = AlluxioCluster.builder()
 *     .metadata(ClusterMetadata.named("alluxio"))
 *     .spec(ClusterSpec.builder().underStorage(UnderStorage.at("s3a://my-bucket/alluxio/")).build())
 *     .build();
 * }</pre>
 *
 * <p>Every value is immutable and checked when built: a value that breaks an invariant throws
 * {@link dev.alluxiok8s.model.check.InvalidModelException} naming each offending attribute.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAlluxioCluster.class)
@JsonDeserialize(as = ImmutableAlluxioCluster.class)
public interface AlluxioCluster {

  String API_VERSION = "alluxio-k8s.dev/v1alpha1";
  String KIND = "AlluxioCluster";

  @Value.Default
  default String apiVersion() {
    return API_VERSION;
  }

  @Value.Default
  default String kind() {
    return KIND;
  }

  ClusterMetadata metadata();

  ClusterSpec spec();

  /** The cluster's name, the prefix of every object name. */
  default String name() {
    return metadata().name();
  }

  static ImmutableAlluxioCluster.Builder builder() {
    return ImmutableAlluxioCluster.builder();
  }

  @Value.Check
  default void check() {
    new Problems("AlluxioCluster")
        .require(apiVersion().equals(API_VERSION), "apiVersion",
            "\"" + apiVersion() + "\" is not supported; this version of alluxio-k8s reads " + API_VERSION)
        .require(kind().equals(KIND), "kind", "\"" + kind() + "\" is not supported; expected " + KIND)
        // A ClusterRoleBinding names its ServiceAccounts with their namespace, which kubectl cannot fill in.
        .require(!spec().csi().enabled() || metadata().namespace().isPresent(), "metadata.namespace",
            "the CSI driver's ClusterRoleBinding names its ServiceAccount by namespace: set the namespace the cluster runs in")
        .throwIfAny();
  }
}
