package dev.alluxiok8s.render.provenance;

import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.pod.PodExtras;
import dev.alluxiok8s.model.security.RunAs;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.worker.Workers;
import dev.alluxiok8s.render.naming.Component;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads, from a rendered workload and the spec it came from, which spec attribute each field that
 * Pod Security and mount rules judge comes from: host networking, security contexts, the init
 * container a non-root user brings, volumes and the mounts of them, and the exemption annotations.
 * It reads the rendered tree, not the renderers, so it holds whatever route produced the object.
 */
final class PodOrigins {

  /** The init container that hands node directories to a non-root user (see ChownInitContainer). */
  private static final String CHOWN = "chown-node-directories";
  private static final String FUSE_CONTAINER = "alluxio-fuse";
  private static final String POD = "spec.template.spec";

  private final ClusterSpec spec;
  private final Component component;
  private final Map<String, Origin> origins = new HashMap<>();
  /** The component's {@code pod}, whose extra volumes trace back to it by name; null for a component without one. */
  private PodExtras extras;
  private String extrasBase;

  private PodOrigins(ClusterSpec spec, Component component) {
    this.spec = spec;
    this.component = component;
  }

  /** The provenance of {@code tree}, an object of {@code component} rendered from {@code spec}. */
  static Provenance of(ClusterSpec spec, Component component, Map<String, Object> tree) {
    String base = switch (component) {
      case WORKER -> "spec.workers";
      case MASTER -> "spec.masters";
      case FUSE, FUSE_CLIENT -> "spec.fuse";
      case LOG_SERVER -> "spec.logServer";
      case PROXY -> "spec.proxy";
      case CSI_CONTROLLER, CSI_NODE_PLUGIN -> "spec.csi";
      default -> "";
    };
    PodOrigins pod = new PodOrigins(spec, component);
    String podSecurity = base.isEmpty() ? "" : base + ".podSecurity";
    if (!podSecurity.isEmpty()) {
      pod.origins.put("metadata.annotations", Origin.of(podSecurity));
    }
    Map<String, Object> podSpec = map(map(map(tree, "spec"), "template"), "spec");
    if (!base.isEmpty()) {
      pod.hostNetwork(base);
    }
    pod.securityContexts(podSpec);
    pod.extras = extrasOf(spec, component).orElse(null);
    pod.extrasBase = base + ".pod";
    if (pod.extras != null) {
      pod.origins.put(POD + ".hostPID", Origin.of(base + ".pod.hostPID"));
    }
    pod.volumes(podSpec);
    return new Provenance(pod.origins, podSecurity);
  }

  private void hostNetwork(String base) {
    String attribute = base + ".hostNetwork";
    Remedy off = new Remedy.SetAttribute(attribute, "false");
    Origin origin = switch (component) {
      case WORKER -> Origin.of(attribute, spec.workers().hostNetwork() == Workers.builder().build().hostNetwork(),
          "workers use host networking by default", off);
      case MASTER -> Origin.of(attribute, spec.masters().hostNetwork() == Masters.builder().build().hostNetwork(),
          "masters use host networking by default", off);
      case LOG_SERVER -> Origin.of(attribute, false, "", off);
      case PROXY -> Origin.of(attribute, false, "", off);
      // The node plugin shares the kubelet's network, as chart 0.6.54's; enabling the driver asks for it.
      case CSI_CONTROLLER, CSI_NODE_PLUGIN -> Origin.of("spec.csi.enabled");
      default -> Origin.of(attribute, spec.fuse().hostNetwork() == Fuse.builder().build().hostNetwork(),
          "FUSE uses host networking by default", off);
    };
    origins.put(POD + ".hostNetwork", origin);
  }

  private void securityContexts(Map<String, Object> podSpec) {
    boolean defaultUser = spec.runAs().equals(RunAs.builder().build());
    if (component == Component.CSI_NODE_PLUGIN) {
      origins.put(POD + ".securityContext", Origin.of("spec.csi.enabled"));
    } else if (component == Component.FUSE) {
      // Mounting a file system needs root and SYS_ADMIN; enabling FUSE is what asks for them.
      origins.put(POD + ".securityContext", Origin.of("spec.fuse.enabled"));
    } else {
      origins.put(POD + ".securityContext", Origin.of("spec.runAs", defaultUser,
          "Alluxio runs as user " + spec.runAs().user() + " by default", Remedy.none()));
    }
    for (String list : List.of("initContainers", "containers")) {
      List<Object> containers = list(podSpec, list);
      for (int i = 0; i < containers.size(); i++) {
        String name = string(map(containers.get(i)), "name");
        String at = POD + "." + list + "[" + i + "]";
        if (CHOWN.equals(name)) {
          origins.put(at, Origin.of("spec.runAs", true, "a non-root user gets an init container that runs as root"
              + " to hand node directories to it", Remedy.none()));
        } else if (FUSE_CONTAINER.equals(name) && component == Component.FUSE) {
          origins.put(at + ".securityContext", Origin.of("spec.fuse.enabled"));
        }
      }
    }
  }

  private void volumes(Map<String, Object> podSpec) {
    Map<String, Origin> byName = new HashMap<>();
    List<Object> volumes = list(podSpec, "volumes");
    for (int i = 0; i < volumes.size(); i++) {
      String name = string(map(volumes.get(i)), "name");
      Optional<Origin> origin = name == null ? Optional.empty() : extraVolume(name).or(() -> volume(name));
      if (origin.isPresent()) {
        byName.put(name, origin.get());
        origins.put(POD + ".volumes[" + i + "]", origin.get());
      }
    }
    for (String list : List.of("initContainers", "containers")) {
      List<Object> containers = list(podSpec, list);
      for (int i = 0; i < containers.size(); i++) {
        List<Object> mounts = list(map(containers.get(i)), "volumeMounts");
        for (int j = 0; j < mounts.size(); j++) {
          String name = string(map(mounts.get(j)), "name");
          Origin origin = byName.containsKey(name) ? mount(name, byName.get(name)) : null;
          if (origin != null) {
            origins.put(POD + "." + list + "[" + i + "].volumeMounts[" + j + "]", origin);
          }
        }
      }
    }
  }

  /**
   * The attribute a mount of the volume {@code name} comes from: the attribute that gives its
   * mount path where that is not the volume's own (a duplicate mount path is fixed there).
   */
  private static Origin mount(String name, Origin volume) {
    if (name.equals("alluxio-domain")) {
      return Origin.of("spec.shortCircuit.mountPath");
    }
    return volume.attribute().startsWith("spec.tieredStore.") ? Origin.of(volume.attribute() + ".path") : volume;
  }

  /** The spec's own volume of this name ({@code spec.workers.pod.volumes[0]}), which the model keeps apart from ours. */
  private Optional<Origin> extraVolume(String name) {
    if (extras == null) {
      return Optional.empty();
    }
    for (int i = 0; i < extras.volumes().size(); i++) {
      if (extras.volumes().get(i).name().equals(name)) {
        return Optional.of(Origin.of(extrasBase + ".volumes[" + i + "]"));
      }
    }
    return Optional.empty();
  }

  private static Optional<PodExtras> extrasOf(ClusterSpec spec, Component component) {
    return Optional.ofNullable(switch (component) {
      case WORKER -> spec.workers().pod();
      case MASTER -> spec.masters().pod();
      case FUSE -> spec.fuse().pod();
      case LOG_SERVER -> spec.logServer().pod();
      case PROXY -> spec.proxy().pod();
      default -> null;
    });
  }

  /** The attribute a volume of this name comes from, by the names the renderers give volumes. */
  private Optional<Origin> volume(String name) {
    switch (name) {
      case "alluxio-domain":
        return Optional.of(Origin.of("spec.shortCircuit.enabled",
            spec.shortCircuit().equals(ShortCircuit.builder().build()),
            "short-circuit reads through a node directory are on by default",
            new Remedy.SetAttribute("spec.shortCircuit.enabled", "false")));
      case "alluxio-fuse-device":
        return Optional.of(Origin.of("spec.fuse.enabled"));
      case "alluxio-fuse-mount":
        return Optional.of(Origin.of("spec.fuse.mountPoint"));
      case "alluxio-journal":
        return Optional.of(Origin.of("spec.journal.volume"));
      case "alluxio-metastore":
        return Optional.of(Origin.of("spec.metastore"));
      case "alluxio-logs":
        return Optional.of(Origin.of("spec.logServer.volume"));
      default:
        break;
    }
    if (name.startsWith("secret-")) {
      String role = component == Component.WORKER ? "worker" : component == Component.FUSE ? "fuse" : "master";
      return Optional.of(Origin.of("spec.secrets." + role));
    }
    return tierVolume(name);
  }

  /** A tier volume is named {@code <medium>-<level>-<directory>} (see TierVolumes). */
  private Optional<Origin> tierVolume(String name) {
    String[] parts = name.split("-");
    if (parts.length != 3 || !parts[1].chars().allMatch(Character::isDigit) || !parts[2].chars().allMatch(Character::isDigit)
        || parts[1].isEmpty() || parts[2].isEmpty() || parts[1].length() > 4 || parts[2].length() > 4) {
      return Optional.empty();
    }
    int l = Integer.parseInt(parts[1]);
    int d = Integer.parseInt(parts[2]);
    List<TierLevel> levels = spec.tieredStore().levels();
    if (l >= levels.size() || d >= levels.get(l).directories().size()) {
      return Optional.empty();
    }
    TierLevel level = levels.get(l);
    TierDirectory directory = level.directories().get(d);
    String attribute = "spec.tieredStore.levels[" + l + "].directories[" + d + "]";
    return Optional.of(Origin.of(attribute, directory.volume().isEmpty() && level.mediumOf(directory) != MediumType.MEM,
        "a disk tier directory without a volume is a node directory (hostPath) by default", Remedy.none()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    return map(parent.get(key));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> parent, String key) {
    return parent.get(key) instanceof List<?> l ? (List<Object>) l : List.of();
  }

  private static String string(Map<String, Object> parent, String key) {
    return parent.get(key) instanceof String s ? s : null;
  }
}
