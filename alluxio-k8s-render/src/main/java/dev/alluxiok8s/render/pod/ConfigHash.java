package dev.alluxiok8s.render.pod;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of the ConfigMap's data, put on pod templates so that a configuration change changes
 * the template and rolls the pods (a ConfigMap loaded through {@code envFrom} is read only when a
 * container starts).
 */
public final class ConfigHash {

  public static final String ANNOTATION = "alluxio-k8s.dev/config-hash";

  private ConfigHash() {}

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
