package dev.alluxiok8s.render.pod;

import dev.alluxiok8s.render.config.ConfigMapData;
import dev.alluxiok8s.render.naming.Component;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of the ConfigMap's data, put on pod templates so that a configuration change changes
 * the template and rolls the pods (a ConfigMap loaded through {@code envFrom} is read only when a
 * container starts).
 *
 * <p>Each component hashes only the entries its own processes read ({@link #readBy}): a FUSE-only
 * or worker-only change must not restart the masters, and a worker restart loses its MEM cache.
 */
public final class ConfigHash {

  public static final String ANNOTATION = "alluxio-k8s.dev/config-hash";

  private ConfigHash() {}

  /**
   * The entries of {@code data} that the processes of {@code component} read: every process reads
   * {@code ALLUXIO_JAVA_OPTS}, its own {@code ALLUXIO_<PROCESS>_JAVA_OPTS} and, when it sends logs to the
   * log server, where that is; nothing else (FUSE has no remote appender in Alluxio 2.9).
   * Components that run no Alluxio process of ours get everything.
   */
  public static Map<String, String> readBy(Component component, Map<String, String> data) {
    List<String> keys = switch (component) {
      case MASTER -> List.of(ConfigMapData.GLOBAL, ConfigMapData.MASTER, ConfigMapData.JOB_MASTER,
          ConfigMapData.LOGSERVER_HOSTNAME, ConfigMapData.LOGSERVER_PORT);
      case WORKER -> List.of(ConfigMapData.GLOBAL, ConfigMapData.WORKER, ConfigMapData.JOB_WORKER,
          ConfigMapData.LOGSERVER_HOSTNAME, ConfigMapData.LOGSERVER_PORT);
      case PROXY -> List.of(ConfigMapData.GLOBAL, ConfigMapData.PROXY, ConfigMapData.LOGSERVER_HOSTNAME,
          ConfigMapData.LOGSERVER_PORT);
      case LOG_SERVER -> List.of(ConfigMapData.GLOBAL, ConfigMapData.LOGSERVER, ConfigMapData.LOGSERVER_HOSTNAME,
          ConfigMapData.LOGSERVER_PORT);
      case FUSE, CSI_NODE_PLUGIN -> List.of(ConfigMapData.GLOBAL, ConfigMapData.FUSE);
      case CSI_CONTROLLER -> List.of(ConfigMapData.GLOBAL);
      default -> List.copyOf(data.keySet());
    };
    Map<String, String> read = new TreeMap<>();
    keys.stream().filter(data::containsKey).forEach(k -> read.put(k, data.get(k)));
    return read;
  }

  /** SHA-256 of the entries in key order, each as length-prefixed key and value. */
  public static String of(Map<String, String> data) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> e : new TreeMap<>(data).entrySet()) {
        update(digest, e.getKey());
        update(digest, e.getValue());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }
}
