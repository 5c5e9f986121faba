package dev.alluxiok8s.model.pod;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.container.ExtraVolume;
import dev.alluxiok8s.model.container.ReservedNames;
import dev.alluxiok8s.model.container.Sidecar;
import dev.alluxiok8s.model.container.SidecarPort;
import dev.alluxiok8s.model.container.VolumeMount;
import dev.alluxiok8s.model.placement.PodSettings;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that tie a component's extra volumes, mounts and sidecars together and to what
 * alluxio-k8s renders itself: names unique and not alluxio-k8s' own, every mount of a declared
 * volume, one directory per mount; and, with the whole cluster in view, no mount over a directory
 * the cluster uses, no sidecar port on a port of the component, and the node's process namespace
 * or a node directory only with a declared privileged Pod Security exemption.
 */
public final class PodAdditionRules {

  private PodAdditionRules() {}

  /** The rules inside one component's {@code pod}, at paths relative to it. */
  static void check(Problems problems, PodExtras pod) {
    Set<String> volumes = new HashSet<>();
    for (int i = 0; i < pod.volumes().size(); i++) {
      String name = pod.volumes().get(i).name();
      String at = "volumes[" + i + "].name";
      problems.require(KubernetesNames.isDnsLabel(name), at, "\"" + name + "\" is not a volume name (a DNS-1123 label: "
          + "lower-case letters, digits and '-', at most 63)");
      problems.require(volumes.add(name), at, "\"" + name + "\" is given twice");
      ReservedNames.volume(name).ifPresent(why -> problems.add(SpecRule.RESERVED_NAME, at, "\"" + name
          + "\" is not available: " + why));
    }
    mounts(problems, "volumeMounts", pod.volumeMounts(), volumes);
    Set<String> containers = new HashSet<>();
    for (int i = 0; i < pod.containers().size(); i++) {
      Sidecar sidecar = pod.containers().get(i);
      problems.require(containers.add(sidecar.name()), "containers[" + i + "].name", "\"" + sidecar.name()
          + "\" is given twice");
      mounts(problems, "containers[" + i + "].volumeMounts", sidecar.volumeMounts(), volumes);
    }
  }

  private static void mounts(Problems problems, String path, List<VolumeMount> mounts, Set<String> volumes) {
    Set<String> paths = new HashSet<>();
    for (int i = 0; i < mounts.size(); i++) {
      VolumeMount m = mounts.get(i);
      String at = path + "[" + i + "]";
      problems.require(volumes.contains(m.name()), at + ".name", "\"" + m.name() + "\" is not one of the pod's volumes; "
          + "declare it in volumes" + (volumes.isEmpty() ? "" : " (declared: " + String.join(", ", volumes.stream().sorted().toList()) + ")"));
      problems.require(paths.add(SafePaths.normalized(m.mountPath())), at + ".mountPath", "\"" + m.mountPath()
          + "\" is mounted twice in one container");
    }
  }

  /**
   * The rules that need the cluster: {@code settings} is the component at {@code prefix} ({@code
   * workers.}), {@code ports} its ports by attribute, {@code directories} the container
   * directories the cluster mounts, by the attribute that sets each.
   */
  public static void checkCluster(Problems problems, String prefix, PodSettings settings, Map<String, Integer> ports,
      Map<String, String> directories) {
    PodExtras pod = settings.pod();
    String base = prefix + "pod.";
    boolean privileged = settings.podSecurity().filter(e -> e.level() == PodSecurityLevel.PRIVILEGED).isPresent();
    String declare = "declare it with " + prefix + "podSecurity (level privileged and the reason), which is written on the "
        + "workload for the cluster's admission to see";
    problems.require(!pod.hostPID() || privileged, SpecRule.HOST_ACCESS, base + "hostPID", "sharing the node's process "
        + "namespace takes the pods to Pod Security privileged; " + declare);
    for (int i = 0; i < pod.volumes().size(); i++) {
      ExtraVolume v = pod.volumes().get(i);
      problems.require(v.hostPath().isEmpty() || privileged, SpecRule.HOST_ACCESS, base + "volumes[" + i + "].hostPath",
          "a node directory takes the pods below Pod Security baseline; " + declare);
    }
    overlaps(problems, base + "volumeMounts", pod.volumeMounts(), directories);
    for (int c = 0; c < pod.containers().size(); c++) {
      Sidecar sidecar = pod.containers().get(c);
      for (int p = 0; p < sidecar.ports().size(); p++) {
        SidecarPort port = sidecar.ports().get(p);
        String at = base + "containers[" + c + "].ports[" + p + "].containerPort";
        ports.forEach((attribute, number) -> problems.require(number != port.containerPort(), at, port.containerPort()
            + " is already " + attribute + " in the same pod"));
      }
    }
  }

  private static void overlaps(Problems problems, String path, List<VolumeMount> mounts, Map<String, String> directories) {
    for (int i = 0; i < mounts.size(); i++) {
      String mountPath = mounts.get(i).mountPath();
      String at = path + "[" + i + "].mountPath";
      directories.entrySet().stream().filter(e -> SafePaths.sameOrNested(e.getKey(), mountPath)).findFirst().ifPresent(e ->
          problems.add(SpecRule.RESERVED_NAME, at, "\"" + mountPath + "\" is the same directory as, or nested with, "
              + e.getKey() + " (" + e.getValue() + "), which alluxio-k8s mounts; choose a directory of its own"));
    }
  }
}
