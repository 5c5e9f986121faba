package dev.alluxiok8s.helm;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.util.Objects;

/**
 * Something the import did that the user should know about: a key the chart ignores, a
 * component that is not rendered, a credential moved into a generated Secret, a declared Pod
 * Security exemption. Never holds a credential's value.
 *
 * @param location where the key is in the values file (the file's start for file-wide notes)
 * @param key the key path, e.g. {@code properties."aws.secretKey"}; empty for file-wide notes
 * @param message what happened and what to do about it
 */
public record ImportWarning(SourceLocation location, String key, String message) {

  public ImportWarning {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
  }

  /** {@code config.yaml:3:3: warning: worker.ramdisk: the chart ignores it; ...}. */
  public String format() {
    return location + ": warning: " + (key.isEmpty() ? "" : key + ": ") + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
