package dev.alluxiok8s.model.volume;

import com.fasterxml.jackson.annotation.JsonValue;

/** A persistent volume access mode. */
public enum AccessMode {
  READ_WRITE_ONCE("ReadWriteOnce"),
  READ_ONLY_MANY("ReadOnlyMany"),
  READ_WRITE_MANY("ReadWriteMany"),
  READ_WRITE_ONCE_POD("ReadWriteOncePod");

  private final String value;

  AccessMode(String value) {
    this.value = value;
  }

  /** The name Kubernetes and the spec file use. */
  @JsonValue
  public String value() {
    return value;
  }
}
