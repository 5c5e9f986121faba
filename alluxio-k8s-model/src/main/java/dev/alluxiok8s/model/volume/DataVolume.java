package dev.alluxiok8s.model.volume;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SizeUnits;
import dev.alluxiok8s.kube.quantity.Quantity;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Storage that a master keeps for itself (its journal, its RocksDB metastore): a persistent
 * volume claim by default, or an {@code emptyDir} when losing it with the pod is acceptable.
 *
 * <pre>{@code
 * DataVolume journal = DataVolume.builder().size("10Gi").storageClass("fast-ssd").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableDataVolume.class)
@JsonDeserialize(as = ImmutableDataVolume.class)
public interface DataVolume {

  @Value.Default
  default VolumeKind kind() {
    return VolumeKind.PERSISTENT_VOLUME_CLAIM;
  }

  /** The claim's storage request, or the emptyDir's size limit. */
  @Value.Default
  default String size() {
    return "1Gi";
  }

  /** The claim's storage class; empty uses the cluster's default class. */
  Optional<String> storageClass();

  /** The claim's access modes; {@code ReadWriteOnce} when none are given. */
  List<AccessMode> accessModes();

  /** {@code Memory} keeps an emptyDir in RAM (tmpfs); empty uses the node's disk. */
  Optional<String> medium();

  /** The access modes a claim gets. */
  default List<AccessMode> effectiveAccessModes() {
    return accessModes().isEmpty() ? List.of(AccessMode.READ_WRITE_ONCE) : accessModes();
  }

  static ImmutableDataVolume.Builder builder() {
    return ImmutableDataVolume.builder();
  }

  static DataVolume claim(String size) {
    return builder().size(size).build();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("DataVolume");
    problems.require(kind() != VolumeKind.HOST_PATH, "kind",
        "hostPath is not offered for master storage: a master pod can be rescheduled to another node and lose it; "
            + "use persistentVolumeClaim or emptyDir");
    Optional<Quantity> q = Quantity.parse(size());
    problems.require(q.isPresent(), "size",
        "\"" + size() + "\" is not a Kubernetes quantity (" + Quantity.EXAMPLES + ")");
    q.ifPresent(v -> problems.require(v.value().signum() > 0, "size", "must be greater than 0"));
    SizeUnits.check(problems, "size", size());
    storageClass().ifPresent(c -> problems.require(KubernetesNames.isDnsSubdomain(c), "storageClass",
        "\"" + c + "\" is not a storage class name (lower-case letters, digits, '-' and '.')"));
    problems.require(kind() == VolumeKind.PERSISTENT_VOLUME_CLAIM || (storageClass().isEmpty() && accessModes().isEmpty()),
        "kind", "storageClass and accessModes only apply to kind persistentVolumeClaim");
    medium().ifPresent(m -> problems.require(m.equals("Memory") || m.isEmpty(), "medium",
        "Unsupported value: \"" + m + "\": supported values: \"\", \"Memory\""));
    problems.require(kind() == VolumeKind.EMPTY_DIR || medium().isEmpty(), "medium",
        "only applies to kind emptyDir");
    problems.require(accessModes().stream().distinct().count() == accessModes().size(), "accessModes",
        "lists a mode twice");
    problems.throwIfAny();
  }
}
