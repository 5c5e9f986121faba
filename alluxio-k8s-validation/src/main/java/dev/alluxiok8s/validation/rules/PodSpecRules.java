package dev.alluxiok8s.validation.rules;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.kube.quantity.Quantity;
import dev.alluxiok8s.validation.tree.Trees;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import dev.alluxiok8s.validation.workload.PodTemplate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pod spec validation ({@code ValidatePodSpec} and friends): containers, ports, volumes and mounts,
 * environment, resources, probes and lifecycle handlers.
 */
public final class PodSpecRules {

  /** Container name not a DNS label. */
  public static final String CONTAINER_NAME = "K8S-CONTAINER-NAME";
  /** Container name used twice across containers, initContainers and ephemeralContainers. */
  public static final String CONTAINER_DUPLICATE = "K8S-CONTAINER-DUPLICATE";
  /** Container without an image. */
  public static final String CONTAINER_IMAGE = "K8S-CONTAINER-IMAGE";
  /** Container port name not an IANA_SVC_NAME, or used twice in one container. */
  public static final String PORT_NAME = "K8S-PORT-NAME";
  /** containerPort or hostPort out of range. */
  public static final String PORT_RANGE = "K8S-PORT-RANGE";
  /** Volume name not a DNS label, or used twice. */
  public static final String VOLUME_NAME = "K8S-VOLUME-NAME";
  /** Volume with no source or more than one. */
  public static final String VOLUME_SOURCE = "K8S-VOLUME-SOURCE";
  /** volumeMount naming no volume of the pod (nor a volumeClaimTemplate). */
  public static final String VOLUMEMOUNT_NOT_FOUND = "K8S-VOLUMEMOUNT-NOT-FOUND";
  /** mountPath missing or used twice in one container, or a name both mounted and used as a device. */
  public static final String VOLUMEMOUNT_PATH = "K8S-VOLUMEMOUNT-PATH";
  /** subPath absolute or containing {@code ..}. */
  public static final String VOLUMEMOUNT_SUBPATH = "K8S-VOLUMEMOUNT-SUBPATH";
  /** Environment variable name. */
  public static final String ENV_NAME = "K8S-ENV-NAME";
  /** value and valueFrom together, or valueFrom without exactly one source, or a bad key reference. */
  public static final String ENV_SOURCE = "K8S-ENV-SOURCE";
  /** Requests above limits, negative quantities, unequal non-overcommittable resources, bad names. */
  public static final String RESOURCES = "K8S-RESOURCES";
  /** Probe or lifecycle handler without exactly one handler type, or with a bad port. */
  public static final String PROBE_HANDLER = "K8S-PROBE-HANDLER";
  /** Probe or lifecycle handler naming a port the container does not declare (the kubelet cannot resolve it). */
  public static final String PROBE_PORT_NOT_FOUND = "K8S-PROBE-PORT-NOT-FOUND";
  /** Probe thresholds and timings. */
  public static final String PROBE_TIMING = "K8S-PROBE-TIMING";

  private static final List<String> PROBE_HANDLERS = List.of("exec", "httpGet", "tcpSocket", "grpc");
  private static final List<String> LIFECYCLE_HANDLERS = List.of("exec", "httpGet", "tcpSocket", "sleep");
  private static final Set<String> STANDARD_RESOURCES = Set.of("cpu", "memory", "ephemeral-storage", "storage");
  private static final Set<String> NON_VOLUME_KEYS = Set.of("name");

  private final KubernetesVersion version;

  PodSpecRules(KubernetesVersion version) {
    this.version = version;
  }

  /**
   * Checks one pod spec.
   *
   * @param claimTemplates names of a StatefulSet's volumeClaimTemplates, which mounts may name
   */
  void check(ObjectCheck check, PodTemplate pod, Set<String> claimTemplates) {
    Set<String> volumes = volumes(check, pod);
    Set<String> containerNames = new HashSet<>();
    for (PodTemplate.Container c : pod.allContainers()) {
      container(check, c, containerNames, volumes, claimTemplates);
    }
  }

  private Set<String> volumes(ObjectCheck check, PodTemplate pod) {
    Set<String> names = new HashSet<>();
    FieldPath at = pod.specPath().field("volumes");
    for (Trees.Item item : Trees.items(pod.spec(), "volumes")) {
      Map<String, Object> v = item.map();
      FieldPath p = at.index(item.index());
      String name = Trees.string(v, "name");
      if (name != null) {
        for (String e : KubernetesNames.dns1123Label(name)) {
          check.error(VOLUME_NAME, p.field("name"), "Invalid value: \"" + name + "\": " + e, "use a lower-case DNS label");
        }
        if (!names.add(name)) {
          check.error(VOLUME_NAME, p.field("name"), "Duplicate value: \"" + name + "\"", "give each volume its own name");
        }
      }
      int sources = 0;
      for (Map.Entry<String, Object> e : v.entrySet()) {
        if (!NON_VOLUME_KEYS.contains(e.getKey()) && e.getValue() != null) {
          sources++;
        }
      }
      if (sources == 0) {
        check.error(VOLUME_SOURCE, p, "Required value: must specify a volume type", "add one source, for example emptyDir: {}");
      } else if (sources > 1) {
        check.error(VOLUME_SOURCE, p, "Forbidden: may not specify more than 1 volume type", "keep one source per volume");
      }
    }
    return names;
  }

  private void container(
      ObjectCheck check, PodTemplate.Container c, Set<String> containerNames, Set<String> volumes, Set<String> claimTemplates) {
    Map<String, Object> t = c.tree();
    FieldPath p = c.path();
    String name = Trees.string(t, "name");
    if (name != null) {
      for (String e : KubernetesNames.dns1123Label(name)) {
        check.error(CONTAINER_NAME, p.field("name"), "Invalid value: \"" + name + "\": " + e, "use a lower-case DNS label");
      }
      if (!containerNames.add(name)) {
        check.error(CONTAINER_DUPLICATE, p.field("name"), "Duplicate value: \"" + name + "\"",
            "container names must be unique across containers, initContainers and ephemeralContainers");
      }
    }
    String image = Trees.string(t, "image");
    if ((image == null || image.isBlank()) && !c.listName().equals("ephemeralContainers")) {
      check.error(CONTAINER_IMAGE, p.field("image"), "Required value", "set the container image");
    }
    ports(check, t, p);
    mounts(check, t, p, volumes, claimTemplates);
    env(check, t, p);
    resources(check, Trees.map(t, "resources"), p.field("resources"));
    Set<String> portNames = new HashSet<>();
    for (Trees.Item port : Trees.items(t, "ports")) {
      String n = Trees.string(port.map(), "name");
      if (n != null) {
        portNames.add(n);
      }
    }
    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      Map<String, Object> pr = Trees.map(t, probe);
      if (pr != null) {
        probe(check, probe, pr, p.field(probe));
        namedPorts(check, pr, p.field(probe), portNames);
      }
    }
    Map<String, Object> lifecycle = Trees.map(t, "lifecycle");
    for (String hook : List.of("postStart", "preStop")) {
      Map<String, Object> h = Trees.map(lifecycle, hook);
      if (h != null) {
        handler(check, h, p.field("lifecycle").field(hook), LIFECYCLE_HANDLERS);
        namedPorts(check, h, p.field("lifecycle").field(hook), portNames);
      }
    }
  }

  /** A handler's named port must be one of the container's own port names. */
  private static void namedPorts(ObjectCheck check, Map<String, Object> handler, FieldPath at, Set<String> portNames) {
    for (String action : List.of("httpGet", "tcpSocket")) {
      String port = Trees.string(Trees.map(handler, action), "port");
      if (port != null && !port.isEmpty() && KubernetesNames.portName(port).isEmpty() && !portNames.contains(port)) {
        check.error(PROBE_PORT_NOT_FOUND, at.field(action).field("port"),
            "Not found: \"" + port + "\": the container has no port of that name",
            "name one of the container's ports, or give the port number");
      }
    }
  }

  private static void ports(ObjectCheck check, Map<String, Object> c, FieldPath p) {
    Set<String> names = new HashSet<>();
    for (Trees.Item item : Trees.items(c, "ports")) {
      Map<String, Object> port = item.map();
      FieldPath pp = p.field("ports").index(item.index());
      String name = Trees.string(port, "name");
      if (name != null && !name.isEmpty()) {
        for (String e : KubernetesNames.portName(name)) {
          check.error(PORT_NAME, pp.field("name"), "Invalid value: \"" + name + "\": " + e,
              "port names are IANA service names: 1-15 of a-z, 0-9 and '-', with a letter");
        }
        if (!names.add(name)) {
          check.error(PORT_NAME, pp.field("name"), "Duplicate value: \"" + name + "\"", "give each port of the container its own name");
        }
      }
      portRange(check, PORT_RANGE, pp.field("containerPort"), Trees.integer(port, "containerPort"), 1);
      portRange(check, PORT_RANGE, pp.field("hostPort"), Trees.integer(port, "hostPort"), 0);
    }
  }

  /** Reports a port number outside {@code min..65535}; null (unset or not a number) is left to other checks. */
  static void portRange(ObjectCheck check, String rule, FieldPath at, Long port, long min) {
    if (port != null && (port < min || port > 65535)) {
      check.error(rule, at, "Invalid value: " + port + ": must be between " + min + " and 65535, inclusive",
          min == 0 ? "use a port from 1 to 65535, or 0 for none" : "use a port from 1 to 65535");
    }
  }

  private static void mounts(ObjectCheck check, Map<String, Object> c, FieldPath p, Set<String> volumes, Set<String> claimTemplates) {
    Set<String> paths = new HashSet<>();
    Set<String> mountedNames = new HashSet<>();
    for (Trees.Item item : Trees.items(c, "volumeMounts")) {
      Map<String, Object> m = item.map();
      FieldPath mp = p.field("volumeMounts").index(item.index());
      String name = Trees.string(m, "name");
      if (name != null) {
        mountedNames.add(name);
        if (!volumes.contains(name) && !claimTemplates.contains(name)) {
          check.error(VOLUMEMOUNT_NOT_FOUND, mp.field("name"), "Not found: \"" + name + "\"",
              claimTemplates.isEmpty()
                  ? "add a volume named \"" + name + "\" to the pod's volumes, or remove the mount"
                  : "add a volume or a volumeClaimTemplate named \"" + name + "\", or remove the mount");
        }
      }
      String mountPath = Trees.string(m, "mountPath");
      if (mountPath == null || mountPath.isEmpty()) {
        check.error(VOLUMEMOUNT_PATH, mp.field("mountPath"), "Required value", "set the mount path");
      } else if (!paths.add(mountPath)) {
        check.error(VOLUMEMOUNT_PATH, mp.field("mountPath"), "Invalid value: \"" + mountPath + "\": must be unique",
            "mount each path once per container");
      }
      String subPath = Trees.string(m, "subPath");
      if (subPath != null && !subPath.isEmpty()) {
        if (subPath.startsWith("/")) {
          check.error(VOLUMEMOUNT_SUBPATH, mp.field("subPath"), "Invalid value: \"" + subPath + "\": must be a relative path",
              "remove the leading '/'");
        }
        for (String part : subPath.split("/")) {
          if (part.equals("..")) {
            check.error(VOLUMEMOUNT_SUBPATH, mp.field("subPath"), "Invalid value: \"" + subPath + "\": must not contain '..'",
                "point inside the volume");
            break;
          }
        }
      }
    }
    for (Trees.Item item : Trees.items(c, "volumeDevices")) {
      String name = Trees.string(item.map(), "name");
      if (name != null && mountedNames.contains(name)) {
        check.error(VOLUMEMOUNT_PATH, p.field("volumeDevices").index(item.index()).field("name"),
            "Invalid value: \"" + name + "\": can not be used as both a volumeMount and a volumeDevice",
            "use the volume either as a filesystem or as a block device");
      }
    }
  }

  private void env(ObjectCheck check, Map<String, Object> c, FieldPath p) {
    // KEP-4369: RelaxedEnvironmentVariableValidation is beta and on by default from 1.32 (GA in 1.34),
    // allowing any printable ASCII except '='. Older releases use the C-identifier-like regex.
    boolean relaxed = version.isAtLeast(1, 32);
    for (Trees.Item item : Trees.items(c, "env")) {
      Map<String, Object> e = item.map();
      FieldPath ep = p.field("env").index(item.index());
      String name = Trees.string(e, "name");
      if (name != null) {
        List<String> errs = relaxed ? KubernetesNames.relaxedEnvVarName(name) : KubernetesNames.envVarName(name);
        for (String err : errs) {
          check.error(ENV_NAME, ep.field("name"), "Invalid value: \"" + name + "\": " + err,
              relaxed ? "remove '=' and non-printable characters" : "use letters, digits, '_', '-' and '.', not starting with a digit");
        }
      }
      Map<String, Object> from = Trees.map(e, "valueFrom");
      if (from == null) {
        continue;
      }
      String value = Trees.string(e, "value");
      if (value != null && !value.isEmpty()) {
        check.error(ENV_SOURCE, ep.field("valueFrom"), "Invalid value: \"\": may not be specified when `value` is not empty",
            "use either value or valueFrom");
      }
      int sources = 0;
      for (Object v : from.values()) {
        if (v != null) {
          sources++;
        }
      }
      if (sources == 0) {
        check.error(ENV_SOURCE, ep.field("valueFrom"),
            "Required value: must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`",
            "add one source");
      } else if (sources > 1) {
        check.error(ENV_SOURCE, ep.field("valueFrom"), "Invalid value: \"\": may not have more than one field specified at a time",
            "keep one source");
      }
      for (String ref : List.of("configMapKeyRef", "secretKeyRef")) {
        String key = Trees.string(Trees.map(from, ref), "key");
        if (key != null) {
          for (String err : KubernetesNames.configMapKey(key)) {
            check.error(ENV_SOURCE, ep.field("valueFrom").field(ref).field("key"), "Invalid value: \"" + key + "\": " + err,
                "name a valid ConfigMap/Secret key");
          }
        }
      }
    }
  }

  private static void resources(ObjectCheck check, Map<String, Object> res, FieldPath p) {
    Map<String, Object> limits = Trees.map(res, "limits");
    Map<String, Object> requests = Trees.map(res, "requests");
    for (String part : List.of("limits", "requests")) {
      Map<String, Object> m = part.equals("limits") ? limits : requests;
      if (m == null) {
        continue;
      }
      for (Map.Entry<String, Object> e : m.entrySet()) {
        FieldPath rp = p.field(part).field(e.getKey());
        if (!isResourceName(e.getKey())) {
          check.error(RESOURCES, rp, "Invalid value: \"" + e.getKey() + "\": must be a standard resource for containers",
              "use cpu, memory, ephemeral-storage, hugepages-<size> or a domain-prefixed extended resource");
        }
        if (Quantity.ofTreeValue(e.getValue()).filter(Quantity::isNegative).isPresent()) {
          check.error(RESOURCES, rp, "Invalid value: \"" + Quantity.textOf(e.getValue()) + "\": must be greater than or equal to 0",
              "use a non-negative quantity");
        }
      }
    }
    if (requests == null) {
      return;
    }
    for (Map.Entry<String, Object> e : requests.entrySet()) {
      String resource = e.getKey();
      Quantity request = Quantity.ofTreeValue(e.getValue()).orElse(null);
      Object limitValue = limits == null ? null : limits.get(resource);
      Quantity limit = Quantity.ofTreeValue(limitValue).orElse(null);
      FieldPath rp = p.field("requests").field(resource);
      if (request == null) {
        continue;
      }
      if (!overcommittable(resource)) {
        if (limit == null) {
          check.error(RESOURCES, p.field("limits"), "Required value: Limit must be set for non overcommitable resources",
              "set limits." + resource + " equal to the request");
        } else if (request.compareTo(limit) != 0) {
          check.error(RESOURCES, rp, "Invalid value: \"" + Quantity.textOf(e.getValue()) + "\": must be equal to " + resource + " limit of "
              + Quantity.textOf(limitValue), "requests and limits of " + resource + " must be equal");
        }
      } else if (limit != null && request.compareTo(limit) > 0) {
        check.error(RESOURCES, rp, "Invalid value: \"" + Quantity.textOf(e.getValue()) + "\": must be less than or equal to "
            + resource + " limit of " + Quantity.textOf(limitValue), "lower the request or raise the limit");
      }
    }
  }

  private static boolean isResourceName(String name) {
    if (STANDARD_RESOURCES.contains(name) || name.startsWith("hugepages-")) {
      return true;
    }
    return name.contains("/") && KubernetesNames.qualifiedName(name).isEmpty();
  }

  /** cpu, memory and ephemeral storage can be overcommitted; hugepages and extended resources cannot. */
  private static boolean overcommittable(String resource) {
    return STANDARD_RESOURCES.contains(resource) || (!resource.startsWith("hugepages-") && !resource.contains("/"))
        || resource.startsWith("kubernetes.io/");
  }

  private static void probe(ObjectCheck check, String kind, Map<String, Object> probe, FieldPath p) {
    handler(check, probe, p, PROBE_HANDLERS);
    for (String field : List.of("initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold",
        "terminationGracePeriodSeconds")) {
      Long v = Trees.integer(probe, field);
      if (v != null && v < 0) {
        check.error(PROBE_TIMING, p.field(field), "Invalid value: " + v + ": must be greater than or equal to 0", "use a non-negative number");
      }
    }
    Long success = Trees.integer(probe, "successThreshold");
    if ((kind.equals("livenessProbe") || kind.equals("startupProbe")) && success != null && success != 1) {
      check.error(PROBE_TIMING, p.field("successThreshold"), "Invalid value: " + success + ": must be 1",
          kind + " successThreshold must be 1 (remove it to take the default)");
    }
  }

  private static void handler(ObjectCheck check, Map<String, Object> h, FieldPath p, List<String> types) {
    int count = 0;
    for (String t : types) {
      if (h.get(t) != null) {
        count++;
      }
    }
    if (count == 0) {
      check.error(PROBE_HANDLER, p, "Required value: must specify a handler type", "add one of " + String.join(", ", types));
    } else if (count > 1) {
      check.error(PROBE_HANDLER, p, "Forbidden: may not specify more than 1 handler type", "keep one of " + String.join(", ", types));
    }
    for (String t : List.of("httpGet", "tcpSocket", "grpc")) {
      Map<String, Object> action = Trees.map(h, t);
      if (action == null) {
        continue;
      }
      Object port = action.get("port");
      FieldPath pp = p.field(t).field("port");
      if (port instanceof String s) {
        if (t.equals("grpc")) {
          check.error(PROBE_HANDLER, pp, "Invalid value: \"" + s + "\": must be of type integer", "gRPC probes take a port number");
        }
        for (String e : KubernetesNames.portName(s)) {
          check.error(PROBE_HANDLER, pp, "Invalid value: \"" + s + "\": " + e, "name a container port (IANA_SVC_NAME) or give a number");
        }
      } else {
        portRange(check, PROBE_HANDLER, pp, Trees.integral(port), 1);
      }
    }
  }
}
