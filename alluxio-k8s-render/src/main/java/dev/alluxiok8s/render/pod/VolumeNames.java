package dev.alluxiok8s.render.pod;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Volume names (DNS-1123 labels) derived from names that may be longer or contain dots, such as
 * Secret names: dots become dashes, and a name too long keeps a hash of the whole so that two
 * long names never collide.
 */
final class VolumeNames {

  private static final int MAX = 63;

  private VolumeNames() {}

  static String derive(String prefix, String name) {
    String candidate = prefix + name.replace('.', '-');
    if (candidate.length() <= MAX) {
      return candidate;
    }
    String hash = sha256(name).substring(0, 10);
    return candidate.substring(0, MAX - hash.length() - 1).replaceAll("-+$", "") + "-" + hash;
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }
}
