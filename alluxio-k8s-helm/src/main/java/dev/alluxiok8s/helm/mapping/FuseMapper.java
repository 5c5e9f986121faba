package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.ChartLine.Trait;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.fuse.ImmutableFuse;
import java.util.Arrays;
import java.util.List;

/** The {@code fuse} block onto {@code spec.fuse}. */
final class FuseMapper extends AreaMapper {

  private final SharedReads shared = new SharedReads(c);
  private final PropertiesMapper properties = new PropertiesMapper(c);

  FuseMapper(MappingContext c) {
    super(c);
  }

  Fuse map() {
    ImmutableFuse.Builder b = Fuse.builder();
    boolean enabled = c.line.has(Trait.COMPONENT_SWITCHES) ? switchedOn() : configured();
    if (c.line.has(Trait.FUSE_MOUNT_KEYS)) {
      mount(b);
    } else {
      b.mountPoint(c.defaults.fuseMountPoint());
      if (enabled) {
        values.warnFile("chart 0.5.x mounts FUSE at /alluxio-fuse, whose parent (the node's root) a restarted FUSE "
            + "would need to share; it is mounted at " + c.defaults.fuseMountPoint() + " instead");
      }
    }
    if (values.has("fuse.args")) {
      List<String> args = values.words(values.at("fuse.args"));
      if (args.isEmpty() || !args.get(0).equals("fuse") || args.stream().skip(1).anyMatch(a -> !a.startsWith("--fuse-opts="))) {
        values.error(values.at("fuse.args").orElse(values.root()), "only [fuse, --fuse-opts=<options>] is supported; "
            + "alluxio-k8s builds FUSE's command line itself");
      } else if (!c.line.has(Trait.FUSE_MOUNT_KEYS) || !values.has("fuse.mountOptions")) {
        b.mountOptions(args.stream().skip(1).flatMap(a -> Arrays.stream(a.substring("--fuse-opts=".length()).split(",")))
            .filter(o -> !o.isEmpty()).toList());
      }
    }
    b.enabled(enabled);
    boolean inWorker = c.line.has(Trait.COMPONENT_SWITCHES) && values.bool("worker.fuseEnabled").orElse(false);
    b.inWorker(inWorker);
    b.properties(properties.component("fuse.properties", "fuse.properties"));
    if (inWorker) {
      inWorker(b);
    } else {
      ownPod(b);
    }
    for (String key : List.of("fuse.user", "fuse.group", "fuse.fsGroup")) {
      values.integer(values.at(key)).filter(id -> id != 0).ifPresent(id -> values.warn(values.at(key).orElseThrow(),
          "FUSE runs as root here: mounting a file system through /dev/fuse needs it"));
    }
    return b.build();
  }

  /** FUSE's own pod and JVM settings, for FUSE in a DaemonSet of its own. */
  private void ownPod(ImmutableFuse.Builder b) {
    b.resources(shared.resources("fuse.resources", c.defaults.fuse(), "fuse.resources"));
    if (values.has("fuse.jvmOptions")) {
      b.jvmOptions(values.words(values.at("fuse.jvmOptions")));
      c.origin("fuse.jvmOptions", "fuse.jvmOptions");
    }
    b.hostNetwork(values.bool("fuse.hostNetwork").orElse(true));
    shared.dnsPolicy("fuse.dnsPolicy").ifPresent(b::dnsPolicy);
    b.placement(shared.placement("fuse.nodeSelector", "fuse.placement"));
    values.at("fuse.mountPath").ifPresent(at -> values.warn(at, "not used: the chart reads it only with "
        + "worker.fuseEnabled; FUSE's own DaemonSet mounts at fuse.mountPoint"));
  }

  /**
   * FUSE inside the worker process, as the chart's {@code worker.fuseEnabled}: its pod settings
   * are the worker's, so FUSE's own are not read. The chart's worker templates read the mount
   * point from {@code fuse.mountPath}, which its values do not define (case 12b: {@code
   * mount.point=<nil>}, and the render fails); it is read when given (case 12c), and otherwise
   * {@code fuse.mountPoint} (default {@code /mnt/alluxio-fuse}) is used.
   */
  private void inWorker(ImmutableFuse.Builder b) {
    values.string("fuse.mountPath").ifPresent(path -> {
      b.mountPoint(path);
      c.origin("fuse.mountPoint", "fuse.mountPath");
    });
    for (String key : List.of("fuse.resources", "fuse.jvmOptions", "fuse.hostNetwork", "fuse.dnsPolicy", "fuse.nodeSelector")) {
      values.at(key).ifPresent(at -> values.warn(at, "not used: with worker.fuseEnabled FUSE runs in the worker's JVM "
          + "and pod, whose own settings (worker.*) apply"));
    }
  }

  /** Whether {@code fuse.enabled} or the worker's {@code fuseEnabled} (FUSE inside the workers, spec.fuse.inWorker) switches FUSE on. */
  private boolean switchedOn() {
    return values.bool("fuse.enabled").orElse(false) || values.bool("worker.fuseEnabled").orElse(false);
  }

  /**
   * Chart 0.5.x always ran FUSE; here it runs when the values configure it, unless they say
   * enabled: false (a 0.6.x key that 0.5.x ignored, but the user's intent is plain).
   */
  private boolean configured() {
    boolean enabled = values.at("fuse").isPresent() && values.bool("fuse.enabled").orElse(true);
    if (!enabled) {
      values.warnFile("chart 0.5.x always runs the FUSE DaemonSets " + c.name + "-fuse and " + c.name
          + "-fuse-client; they are not rendered because the values do not configure fuse (add a fuse: block, "
          + "or set spec.fuse.enabled, to keep FUSE)");
    }
    return enabled;
  }

  private void mount(ImmutableFuse.Builder b) {
    b.mountPoint(values.string("fuse.mountPoint").orElse(c.defaults.fuseMountPoint()));
    values.string("fuse.alluxioPath").ifPresent(b::alluxioPath);
    if (values.has("fuse.mountOptions")) {
      b.mountOptions(values.words(values.at("fuse.mountOptions")).stream()
          .flatMap(o -> Arrays.stream(o.split(","))).filter(o -> !o.isEmpty()).toList());
    }
    c.origin("fuse.mountPoint", "fuse.mountPoint");
    c.origin("fuse.mountOptions", "fuse.mountOptions");
  }
}
