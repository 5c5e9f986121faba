package dev.alluxiok8s.validation.manifest;

import dev.alluxiok8s.kube.yaml.PathStyle;
import dev.alluxiok8s.validation.finding.FieldPath;

/**
 * Paths as {@link FieldPath} renders them ({@code metadata.labels['app.kubernetes.io/name']}), so
 * the positions the reader records are found by the paths findings carry.
 */
final class ManifestPaths implements PathStyle {

  static final ManifestPaths INSTANCE = new ManifestPaths();

  private ManifestPaths() {}

  @Override
  public String key(String parent, String key) {
    if (!FieldPath.isPlainKey(key)) {
      return parent + "['" + key + "']";
    }
    return parent.isEmpty() ? key : parent + "." + key;
  }

  @Override
  public String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** Strips one {@code .key}, {@code [i]} or {@code ['key']}. */
  @Override
  public String parent(String p) {
    if (p.endsWith("']")) {
      return p.substring(0, p.lastIndexOf("['"));
    }
    if (p.endsWith("]")) {
      return p.substring(0, p.lastIndexOf('['));
    }
    int dot = p.lastIndexOf('.');
    int bracket = p.lastIndexOf(']');
    return dot > bracket ? p.substring(0, dot) : bracket >= 0 ? p.substring(0, bracket + 1) : "";
  }
}
