package dev.alluxiok8s.conformance;

import dev.alluxiok8s.conformance.Entrypoint.Kind;
import dev.alluxiok8s.conformance.Entrypoint.Launch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Plays the kubelet for one pod: gives each volume a directory, resolves each container's
 * environment, and starts each container's Alluxio process as a JVM with the options the image's
 * scripts would compose, plus the harness's own overrides appended (later {@code -D} options win):
 * <ul>
 *   <li>paths of Alluxio properties that lie on a volume mount are moved to the volume's directory,
 *       other absolute paths to the container's own (throw-away) file system;
 *   <li>a remote root under storage or journal ({@code s3a://}, {@code hdfs://}, ...) becomes a
 *       local directory shared by the whole simulated cluster;
 *   <li>the heap is capped ({@link #HEAP}) for the test machine;
 *   <li>every server binds the pod's own loopback address instead of 0.0.0.0 (Ratis's gRPC server
 *       included), so several pods fit on one machine;
 *   <li>whatever the test adds for a process kind (e.g. shorter Raft election timeouts).
 * </ul>
 */
final class Kubelet {

  /** Every simulated Alluxio JVM's heap: the rendered -Xmx (3-8 GiB) does not fit 8 JVMs on a test machine. */
  static final String HEAP = "-Xmx384m";

  /** A pod to run: its identity, where it runs, and its template's spec. */
  record PodSpec(String name, String namespace, String ip, String hostIp, Map<String, Object> spec,
      Map<String, String> claims) {}

  /** A started container: its process and the port its probe watches. */
  record Container(String name, JvmProcess process, Kind kind, int probePort) {}

  private final SimulatedCluster cluster;
  private final Consumer<String> out;

  Kubelet(SimulatedCluster cluster, Consumer<String> out) {
    this.cluster = cluster;
    this.out = out;
  }

  /** Runs the init containers' effects, then starts every container; returns them started, not yet ready. */
  List<Container> start(PodSpec pod, int incarnation) throws IOException {
    Path podDir = cluster.root().resolve("pods").resolve(pod.name()).resolve(String.valueOf(incarnation));
    Map<String, Path> volumes = volumes(pod, podDir);
    for (Map<String, Object> init : Tree.list(pod.spec(), "initContainers")) {
      runInit(pod, init, volumes);
    }
    List<Container> started = new ArrayList<>();
    for (Map<String, Object> container : Tree.list(pod.spec(), "containers")) {
      started.addAll(startContainer(pod, container, volumes, podDir));
    }
    return started;
  }

  /**
   * A claim (or hostPath) keeps its directory across pod restarts; an emptyDir is new for every
   * incarnation of the pod.
   */
  private Map<String, Path> volumes(PodSpec pod, Path podDir) throws IOException {
    Map<String, Path> dirs = new LinkedHashMap<>();
    for (Map<String, Object> volume : Tree.list(pod.spec(), "volumes")) {
      String name = Tree.string(volume, "name").orElseThrow();
      Path dir;
      if (volume.containsKey("persistentVolumeClaim")) {
        String claim = Tree.string(volume, "persistentVolumeClaim", "claimName").orElseThrow();
        dir = cluster.appliedClaimDirectory(pod.name(), claim);
      } else if (volume.containsKey("hostPath")) {
        dir = cluster.hostPathDirectory(pod.hostIp(), Tree.string(volume, "hostPath", "path").orElseThrow());
      } else if (volume.containsKey("emptyDir")) {
        dir = podDir.resolve("emptyDir").resolve(name);
      } else if (volume.containsKey("secret")) {
        dir = podDir.resolve("secret").resolve(name);
        cluster.writeSecretVolume(pod.name(), Tree.map(volume, "secret"), dir);
      } else {
        throw new UnsupportedOperationException("volume source not simulated: " + volume);
      }
      Files.createDirectories(dir);
      dirs.put(name, dir);
    }
    pod.claims().forEach((volume, claim) -> dirs.put(volume, cluster.claimDirectory(claim)));
    for (Path dir : dirs.values()) {
      Files.createDirectories(dir);
    }
    return dirs;
  }

  /**
   * The only init container our output has fixes ownership of node directories ({@code chown}):
   * here every directory already belongs to the test's user, so its effect is checking that what
   * it names is mounted. Anything else is refused, so that a new init container gets simulated on purpose.
   */
  private void runInit(PodSpec pod, Map<String, Object> init, Map<String, Path> volumes) {
    List<String> command = Tree.strings(init, "command");
    if (command.isEmpty() || !command.get(0).equals("chown")) {
      throw new UnsupportedOperationException("init container not simulated: " + command);
    }
    Map<String, Path> mounts = mounts(init, volumes);
    for (String path : command.subList(3, command.size())) {
      if (!mounts.containsKey(path)) {
        throw new IllegalStateException(pod.name() + ": init container chowns " + path + ", which it does not mount");
      }
    }
  }

  private List<Container> startContainer(PodSpec pod, Map<String, Object> container, Map<String, Path> volumes,
      Path podDir) throws IOException {
    String name = Tree.string(container, "name").orElseThrow();
    Map<String, String> env = cluster.environment(pod, container);
    Path rootfs = podDir.resolve(name).resolve("rootfs");
    Path home = rootfs.resolve("opt/alluxio");
    Path conf = home.resolve("conf");
    Path logs = home.resolve("logs");
    Files.createDirectories(conf);
    Files.createDirectories(logs);
    Files.writeString(conf.resolve("log4j.properties"), LOG4J, StandardCharsets.UTF_8);
    List<Launch> launches = Entrypoint.launches(Tree.strings(container, "command"), Tree.strings(container, "args"),
        env, new Entrypoint.Home(home.toString(), conf.toString(), logs.toString()));
    Map<String, Path> mounts = mounts(container, volumes);
    List<Container> started = new ArrayList<>();
    for (Launch launch : launches) {
      List<String> commandLine = new ArrayList<>();
      commandLine.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      commandLine.add("-cp");
      commandLine.add(cluster.serverClasspath());
      commandLine.addAll(launch.javaOptions());
      commandLine.addAll(overrides(pod, name, launch, mounts, rootfs));
      commandLine.add(launch.kind().mainClass);
      commandLine.addAll(launch.arguments());
      String processName = pod.name() + "/" + name + (launches.size() > 1 ? "/" + launch.kind() : "");
      JvmProcess process = JvmProcess.start(processName, commandLine, home,
          logs.resolve(launch.kind().name().toLowerCase(java.util.Locale.ROOT) + ".out"));
      if (launch.kind() == Kind.FORMAT_JOURNAL) {
        cluster.recordFormat(processName);
        if (launches.size() > 1) {
          // entrypoint.sh runs the format to its end before it starts the master.
          awaitFormat(process);
        }
      }
      started.add(new Container(processName, process, launch.kind(), probePort(container)));
    }
    return started;
  }

  private static void awaitFormat(JvmProcess format) throws IOException {
    try {
      int exit = format.awaitExit(java.time.Duration.ofMinutes(2));
      if (exit != 0) {
        throw new IllegalStateException(format.name() + " exited with " + exit + "\n" + format.tail());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** The harness's appended options; the path moves are printed, as the issue asks. */
  private List<String> overrides(PodSpec pod, String container, Launch launch, Map<String, Path> mounts, Path rootfs) {
    Map<String, String> set = new LinkedHashMap<>();
    Map<String, String> seen = new LinkedHashMap<>();
    for (String option : launch.javaOptions()) {
      if (option.startsWith("-Dalluxio.") && option.contains("=")) {
        seen.put(option.substring(2, option.indexOf('=')), option.substring(option.indexOf('=') + 1));
      }
    }
    seen.forEach((key, value) -> {
      if (value.startsWith(cluster.root().toString()) || value.isEmpty()) {
        return;
      }
      List<String> moved = new ArrayList<>();
      boolean changed = false;
      for (String element : value.split(",", -1)) {
        String local = moved(element, mounts, rootfs);
        changed |= !local.equals(element);
        moved.add(local);
      }
      if (changed) {
        set.put(key, String.join(",", moved));
        out.accept("  remap " + pod.name() + "/" + container + " " + launch.kind() + ": " + key + "=" + value
            + " -> " + String.join(",", moved));
      }
    });
    List<String> options = new ArrayList<>();
    set.forEach((key, value) -> options.add("-D" + key + "=" + value));
    options.add(HEAP);
    // Fewer compiler threads and no C2: two shared cores start eight JVMs noticeably faster.
    options.add("-XX:TieredStopAtLevel=1");
    options.add("-XX:+UseSerialGC");
    options.add("-Djdk.net.hosts.file=" + cluster.hostsFile());
    for (String key : bindHosts(launch.kind())) {
      options.add("-D" + key + "=" + pod.ip());
    }
    options.addAll(cluster.testOptions(launch.kind()));
    return options;
  }

  /** Where a path of an Alluxio property lands: on a mount's directory, a local stand-in for a remote store, or the container's own file system. */
  private String moved(String value, Map<String, Path> mounts, Path rootfs) {
    for (String scheme : List.of("s3a://", "s3://", "hdfs://", "gs://", "wasb://", "abfs://", "oss://")) {
      if (value.startsWith(scheme)) {
        return cluster.remoteStoreDirectory(value.substring(scheme.length()), scheme).toString();
      }
    }
    if (!value.startsWith("/")) {
      return value;
    }
    String best = null;
    for (String mountPath : mounts.keySet()) {
      if ((value.equals(mountPath) || value.startsWith(mountPath.endsWith("/") ? mountPath : mountPath + "/"))
          && (best == null || mountPath.length() > best.length())) {
        best = mountPath;
      }
    }
    if (best == null) {
      return rootfs.resolve(value.substring(1)).toString();
    }
    return mounts.get(best).resolve(value.substring(best.length()).replaceFirst("^/", "")).toString();
  }

  private static List<String> bindHosts(Kind kind) {
    return switch (kind) {
      case MASTER -> List.of("alluxio.master.bind.host", "alluxio.master.web.bind.host",
          "alluxio.master.embedded.journal.ratis.config.raft.grpc.server.host");
      // The job master's Raft journal reads the masters' Ratis settings (RaftJournalSystem), not a job.* key.
      case JOB_MASTER -> List.of("alluxio.job.master.bind.host", "alluxio.job.master.web.bind.host",
          "alluxio.master.embedded.journal.ratis.config.raft.grpc.server.host");
      case WORKER -> List.of("alluxio.worker.bind.host", "alluxio.worker.web.bind.host");
      case JOB_WORKER -> List.of("alluxio.job.worker.bind.host", "alluxio.job.worker.web.bind.host");
      case FORMAT_JOURNAL -> List.of();
    };
  }

  /** mount path -> directory, for one container. */
  private static Map<String, Path> mounts(Map<String, Object> container, Map<String, Path> volumes) {
    Map<String, Path> mounts = new TreeMap<>();
    for (Map<String, Object> mount : Tree.list(container, "volumeMounts")) {
      String volume = Tree.string(mount, "name").orElseThrow();
      Path dir = volumes.get(volume);
      if (dir == null) {
        throw new IllegalStateException("mount of an undeclared volume " + volume);
      }
      String sub = Tree.string(mount, "subPath").orElse("");
      mounts.put(Tree.string(mount, "mountPath").orElseThrow(), sub.isEmpty() ? dir : dir.resolve(sub));
    }
    return mounts;
  }

  /** The port the container's startup (else readiness) probe watches, or -1 without a tcpSocket probe. */
  private static int probePort(Map<String, Object> container) {
    for (String probe : List.of("startupProbe", "readinessProbe")) {
      Object port = Tree.map(container, probe, "tcpSocket").get("port");
      if (port instanceof Integer number) {
        return number;
      }
      if (port != null) {
        for (Map<String, Object> p : Tree.list(container, "ports")) {
          if (port.equals(p.get("name"))) {
            return ((Number) p.get("containerPort")).intValue();
          }
        }
        throw new IllegalStateException("probe names a port the container does not declare: " + port);
      }
    }
    return -1;
  }

  /** Alluxio's processes log to their console at INFO for Alluxio, WARN for libraries; the harness keeps it in a file. */
  private static final String LOG4J = String.join("\n",
      "log4j.rootLogger=WARN, CONSOLE",
      "log4j.logger.alluxio=INFO",
      "log4j.appender.CONSOLE=org.apache.log4j.ConsoleAppender",
      "log4j.appender.CONSOLE.Target=System.out",
      "log4j.appender.CONSOLE.layout=org.apache.log4j.PatternLayout",
      "log4j.appender.CONSOLE.layout.ConversionPattern=%d{ISO8601} %-5p [%t] %c{1} - %m%n", "");
}
