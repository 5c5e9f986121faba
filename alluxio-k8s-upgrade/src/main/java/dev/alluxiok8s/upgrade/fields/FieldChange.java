package dev.alluxiok8s.upgrade.fields;

import java.util.Objects;

/**
 * One leaf that differs between two trees.
 *
 * @param path where, as validation paths are written ({@code spec.template.spec.containers[0].image})
 * @param before the old value; null when the field is new
 * @param after the new value; null when the field was removed
 */
public record FieldChange(String path, Object before, Object after) {

  public FieldChange {
    Objects.requireNonNull(path, "path");
  }

  /** True when the change is at {@code prefix} or below it. */
  public boolean isUnder(String prefix) {
    return prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
  }
}
