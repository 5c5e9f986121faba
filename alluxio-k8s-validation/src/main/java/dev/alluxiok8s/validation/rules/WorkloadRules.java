package dev.alluxiok8s.validation.rules;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.validation.tree.Trees;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import dev.alluxiok8s.validation.workload.PodTemplate;
import dev.alluxiok8s.validation.workload.Workloads;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Workload controllers: rolling update bounds, the StatefulSet's serviceName, the restart policy a
 * controller's pods may have, and the volumes a StatefulSet's claim templates add.
 */
public final class WorkloadRules {

  /** restartPolicy not allowed for the kind, or activeDeadlineSeconds on a controller template. */
  public static final String RESTART_POLICY = "K8S-RESTART-POLICY";
  /** StatefulSet serviceName not a DNS-1123 label (checked by the API server from 1.33). */
  public static final String STS_SERVICENAME_FORMAT = "K8S-STS-SERVICENAME-FORMAT";

  /** Deployment or DaemonSet rolling update with bad maxSurge/maxUnavailable. */
  public static final String ROLLING_UPDATE = "K8S-ROLLING-UPDATE";

  private final KubernetesVersion version;

  WorkloadRules(KubernetesVersion version) {
    this.version = version;
  }

  /** The spec rules of StatefulSets, Deployments and DaemonSets; other kinds have none here. */
  void checkSpec(ObjectCheck check, String kind, Map<String, Object> spec) {
    switch (kind) {
      case "StatefulSet" -> statefulSetServiceName(check, spec);
      case "Deployment" -> rollingUpdate(check, Trees.map(Trees.map(spec, "strategy"), "rollingUpdate"),
          FieldPath.ROOT.field("spec").field("strategy").field("rollingUpdate"));
      case "DaemonSet" -> rollingUpdate(check, Trees.map(Trees.map(spec, "updateStrategy"), "rollingUpdate"),
          FieldPath.ROOT.field("spec").field("updateStrategy").field("rollingUpdate"));
      default -> {
        // Other kinds have no spec rules beyond their pod template.
      }
    }
  }

  /**
   * {@code ValidateRollingUpdateDeployment} / {@code ValidateRollingUpdateDaemonSet}: maxSurge and
   * maxUnavailable are non-negative integers or percents up to 100%, and not both zero.
   */
  private static void rollingUpdate(ObjectCheck check, Map<String, Object> ru, FieldPath at) {
    if (ru == null) {
      return;
    }
    Double surge = intOrPercent(check, ru, "maxSurge", at);
    Double unavailable = intOrPercent(check, ru, "maxUnavailable", at);
    if (surge != null && unavailable != null && surge == 0 && unavailable == 0) {
      check.error(ROLLING_UPDATE, at.field("maxUnavailable"), "Invalid value: " + Trees.quote(ru.get("maxUnavailable"))
          + ": may not be 0 when `maxSurge` is 0", "allow at least one pod to be unavailable or surged");
    }
  }

  /** The value of an int-or-percent field (a percent as its number), or null when unset or invalid. */
  private static Double intOrPercent(ObjectCheck check, Map<String, Object> ru, String field, FieldPath at) {
    Object v = ru.get(field);
    Long n = Trees.integral(v);
    if (n != null) {
      if (n < 0) {
        check.error(ROLLING_UPDATE, at.field(field), "Invalid value: " + n + ": must be greater than or equal to 0",
            "use a non-negative number");
        return null;
      }
      return n.doubleValue();
    }
    if (v instanceof String s) {
      if (!s.matches("[0-9]+%")) {
        check.error(ROLLING_UPDATE, at.field(field), "Invalid value: \"" + s
            + "\": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
            "write a number or a percent such as 25%");
        return null;
      }
      double percent = Double.parseDouble(s.substring(0, s.length() - 1));
      if (percent > 100 && field.equals("maxUnavailable")) {
        check.error(ROLLING_UPDATE, at.field(field), "Invalid value: \"" + s + "\": must not be greater than 100%",
            "use at most 100%");
      }
      return percent;
    }
    return null;
  }

  private void statefulSetServiceName(ObjectCheck check, Map<String, Object> spec) {
    String serviceName = Trees.string(spec, "serviceName");
    // kubernetes#130233 (1.33) validates serviceName up front: it becomes every pod's subdomain.
    if (serviceName == null || serviceName.isEmpty() || !version.isAtLeast(1, 33)) {
      return;
    }
    for (String e : KubernetesNames.dns1123Label(serviceName)) {
      check.error(STS_SERVICENAME_FORMAT, FieldPath.ROOT.field("spec").field("serviceName"),
          "Invalid value: \"" + serviceName + "\": " + e, "name a headless Service (a DNS label)");
    }
  }

  /** Controllers restart their pods Always and set no deadline; Jobs restart OnFailure or Never. */
  static void restartPolicy(ObjectCheck check, String kind, PodTemplate pod) {
    String policy = Trees.string(pod.spec(), "restartPolicy");
    FieldPath at = pod.specPath().field("restartPolicy");
    if (Workloads.CONTROLLERS.contains(kind) || kind.equals("ReplicationController")) {
      if (policy != null && !policy.equals("Always")) {
        check.error(RESTART_POLICY, at, "Unsupported value: \"" + policy + "\": supported values: \"Always\"",
            kind + " pods must restart Always; remove restartPolicy or set it to Always");
      }
      if (pod.spec().get("activeDeadlineSeconds") != null) {
        check.error(RESTART_POLICY, pod.specPath().field("activeDeadlineSeconds"), "Forbidden: activeDeadlineSeconds in " + kind + " is not Supported",
            "remove activeDeadlineSeconds from the pod template");
      }
    } else if (kind.equals("Job") || kind.equals("CronJob")) {
      if (policy == null || policy.equals("Always")) {
        check.error(RESTART_POLICY, at,
            policy == null ? "Required value: valid values: \"OnFailure\", \"Never\"" : "Unsupported value: \"Always\": supported values: \"OnFailure\", \"Never\"",
            "set restartPolicy to OnFailure or Never");
      }
    }
  }

  /** StatefulSet volumeClaimTemplates names: the controller adds a volume for each. */
  static Set<String> claimTemplateNames(String kind, Map<String, Object> spec) {
    Set<String> names = new HashSet<>();
    if (kind.equals("StatefulSet")) {
      for (Object t : Trees.list(spec, "volumeClaimTemplates")) {
        String n = Trees.string(Trees.map(Trees.asMap(t), "metadata"), "name");
        if (n != null) {
          names.add(n);
        }
      }
    }
    return names;
  }
}
