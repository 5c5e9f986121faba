package dev.alluxiok8s.validation.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Closed value sets of string fields. The Java client models type these fields as plain strings (the
 * generator drops the Go enum types), so the sets are taken from the API reference documentation of each
 * field (the "Possible enum values" lists of Kubernetes 1.36). Only lookups are done on the table; value
 * lists keep the documented order for messages.
 */
final class EnumValues {

  private static final Map<String, List<String>> VALUES = new HashMap<>();

  static {
    List<String> protocols = List.of("SCTP", "TCP", "UDP");
    List<String> accessModes = List.of("ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod");
    List<String> volumeModes = List.of("Block", "Filesystem");
    List<String> updateTypes = List.of("OnDelete", "RollingUpdate");
    List<String> selectorOps = List.of("DoesNotExist", "Exists", "In", "NotIn");
    List<String> profileTypes = List.of("Localhost", "RuntimeDefault", "Unconfined");
    List<String> retention = List.of("Delete", "Retain");
    put("Container.imagePullPolicy", List.of("Always", "IfNotPresent", "Never"));
    put("EphemeralContainer.imagePullPolicy", List.of("Always", "IfNotPresent", "Never"));
    put("Container.terminationMessagePolicy", List.of("FallbackToLogsOnError", "File"));
    put("ContainerPort.protocol", protocols);
    put("ServicePort.protocol", protocols);
    put("NetworkPolicyPort.protocol", protocols);
    put("PodSpec.restartPolicy", List.of("Always", "Never", "OnFailure"));
    put("PodSpec.dnsPolicy", List.of("ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"));
    put("PodSpec.preemptionPolicy", List.of("Never", "PreemptLowerPriority"));
    put("ServiceSpec.type", List.of("ClusterIP", "ExternalName", "LoadBalancer", "NodePort"));
    put("ServiceSpec.sessionAffinity", List.of("ClientIP", "None"));
    put("ServiceSpec.externalTrafficPolicy", List.of("Cluster", "Local"));
    put("ServiceSpec.internalTrafficPolicy", List.of("Cluster", "Local"));
    put("ServiceSpec.ipFamilyPolicy", List.of("PreferDualStack", "RequireDualStack", "SingleStack"));
    put("StatefulSetSpec.podManagementPolicy", List.of("OrderedReady", "Parallel"));
    put("StatefulSetUpdateStrategy.type", updateTypes);
    put("DaemonSetUpdateStrategy.type", updateTypes);
    put("DeploymentStrategy.type", List.of("Recreate", "RollingUpdate"));
    put("StatefulSetPersistentVolumeClaimRetentionPolicy.whenDeleted", retention);
    put("StatefulSetPersistentVolumeClaimRetentionPolicy.whenScaled", retention);
    put("VolumeMount.mountPropagation", List.of("Bidirectional", "HostToContainer", "None"));
    put(
        "HostPathVolumeSource.type",
        List.of("", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"));
    put("PersistentVolumeClaimSpec.accessModes", accessModes);
    put("PersistentVolumeSpec.accessModes", accessModes);
    put("PersistentVolumeClaimSpec.volumeMode", volumeModes);
    put("PersistentVolumeSpec.volumeMode", volumeModes);
    put("PersistentVolumeSpec.persistentVolumeReclaimPolicy", List.of("Delete", "Recycle", "Retain"));
    put("LabelSelectorRequirement.operator", selectorOps);
    put("NodeSelectorRequirement.operator", List.of("DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn"));
    put("Toleration.operator", List.of("Equal", "Exists"));
    put("Toleration.effect", List.of("NoExecute", "NoSchedule", "PreferNoSchedule"));
    put("Taint.effect", List.of("NoExecute", "NoSchedule", "PreferNoSchedule"));
    put("SeccompProfile.type", profileTypes);
    put("AppArmorProfile.type", profileTypes);
    put("SecurityContext.procMount", List.of("Default", "Unmasked"));
    put("PodSecurityContext.fsGroupChangePolicy", List.of("Always", "OnRootMismatch"));
    put("HTTPGetAction.scheme", List.of("HTTP", "HTTPS"));
    put("JobSpec.completionMode", List.of("Indexed", "NonIndexed"));
    put("CronJobSpec.concurrencyPolicy", List.of("Allow", "Forbid", "Replace"));
    put("TopologySpreadConstraint.whenUnsatisfiable", List.of("DoNotSchedule", "ScheduleAnyway"));
    put("TopologySpreadConstraint.nodeAffinityPolicy", List.of("Honor", "Ignore"));
    put("TopologySpreadConstraint.nodeTaintsPolicy", List.of("Honor", "Ignore"));
    put("PodDisruptionBudgetSpec.unhealthyPodEvictionPolicy", List.of("AlwaysAllow", "IfHealthyBudget"));
  }

  private EnumValues() {}

  private static void put(String field, List<String> values) {
    VALUES.put(field, values);
  }

  /** The allowed values of {@code typeName.field} (or of its list elements), or null when it is open. */
  static List<String> of(String typeName, String field) {
    return VALUES.get(typeName + "." + field);
  }
}
