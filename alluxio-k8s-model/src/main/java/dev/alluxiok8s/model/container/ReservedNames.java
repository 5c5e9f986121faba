package dev.alluxiok8s.model.container;

import dev.alluxiok8s.model.secret.SecretMounts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The environment variables, volume, container and port names, and container directories that
 * alluxio-k8s renders itself, so that what a spec adds never replaces them: a container's own
 * {@code env} entry silently wins over the ConfigMap's {@code envFrom}, and two volumes or
 * containers of one name are refused by the API server. The renderer's tests check that every
 * name it writes is reserved here.
 */
public final class ReservedNames {

  /** Variables the renderer sets itself, and why a spec may not set them. */
  private static final Map<String, String> ENV = Map.ofEntries(
      Map.entry("ALLUXIO_MASTER_HOSTNAME", "the master's address, set from the pod"),
      Map.entry("ALLUXIO_WORKER_HOSTNAME", "the worker's address, set from the pod"),
      Map.entry("ALLUXIO_WORKER_CONTAINER_HOSTNAME", "the worker container's address, set from the pod"),
      Map.entry("ALLUXIO_CLIENT_HOSTNAME", "the FUSE client's address, set from the pod"),
      Map.entry("ALLUXIO_LOGSERVER_HOSTNAME", "the log server's address, from the ConfigMap (spec.logServer)"),
      Map.entry("ALLUXIO_LOGSERVER_PORT", "the log server's port, from the ConfigMap (spec.logServer.port)"),
      Map.entry("FUSE_ALLUXIO_PATH", "read by Alluxio's FUSE entrypoint; set spec.fuse.alluxioPath"),
      Map.entry("MOUNT_POINT", "read by Alluxio's FUSE entrypoint; set spec.fuse.mountPoint"));

  /** ALLUXIO_JAVA_OPTS, ALLUXIO_MASTER_JAVA_OPTS, ...: the Java options the ConfigMap gives every process. */
  private static final Pattern JAVA_OPTS = Pattern.compile("ALLUXIO_([A-Z_]+_)?JAVA_OPTS");
  private static final String CREDENTIAL_PREFIX = "UFS_CREDENTIAL_";

  private static final List<String> VOLUME_PREFIXES = List.of("alluxio-", "secret-", "hdfs-ufs-", "hdfs-journal-");
  private static final List<String> VOLUMES = List.of("socket-dir", "plugin-dir", "registration-dir", "fuse-template",
      "pods-mount-dir");
  /** Tier volumes: {@code mem-0-0}, {@code ssd-1-2}. */
  private static final Pattern TIER_VOLUME = Pattern.compile("(mem|ssd|hdd)-[0-9]+-[0-9]+");

  private static final List<String> CONTAINER_PREFIXES = List.of("alluxio-", "chown-", "csi-");
  private static final List<String> PORTS = List.of("rpc", "web", "embedded", "job-rpc", "job-web", "job-data",
      "job-embedded", "logging", "http");

  /** Container directories every Alluxio container may use: Secrets and the metrics configuration. */
  public static final List<String> DIRECTORIES = List.of(SecretMounts.ROOT, "/config/metrics");

  private ReservedNames() {}

  /** Why the environment variable {@code name} is alluxio-k8s' own, if it is. */
  public static Optional<String> env(String name) {
    if (JAVA_OPTS.matcher(name).matches()) {
      return Optional.of("it holds the Java options alluxio-k8s writes in the ConfigMap, which a container's own variable "
          + "would replace; give JVM options in jvmOptions and Alluxio properties in properties");
    }
    if (name.startsWith(CREDENTIAL_PREFIX)) {
      return Optional.of("UFS_CREDENTIAL_* variables carry spec.underStorage.credentials from their Secrets");
    }
    return Optional.ofNullable(ENV.get(name)).map(why -> "alluxio-k8s sets it: " + why);
  }

  /** Why the volume name {@code name} is alluxio-k8s' own, if it is. */
  public static Optional<String> volume(String name) {
    for (String prefix : VOLUME_PREFIXES) {
      if (name.startsWith(prefix)) {
        return Optional.of("volume names starting with " + prefix + " are alluxio-k8s' own");
      }
    }
    if (VOLUMES.contains(name) || TIER_VOLUME.matcher(name).matches()) {
      return Optional.of("alluxio-k8s names one of its own volumes so");
    }
    return Optional.empty();
  }

  /** Why the container name {@code name} is alluxio-k8s' own, if it is. */
  public static Optional<String> container(String name) {
    return CONTAINER_PREFIXES.stream().filter(name::startsWith).findFirst()
        .map(p -> "container names starting with " + p + " are alluxio-k8s' own");
  }

  /** Whether a container port name is one alluxio-k8s gives its own ports. */
  public static boolean port(String name) {
    return PORTS.contains(name);
  }
}
