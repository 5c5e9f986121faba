package dev.alluxiok8s.model.image;

import com.fasterxml.jackson.annotation.JsonValue;

/** When the kubelet pulls an image, as in a container's {@code imagePullPolicy}. */
public enum PullPolicy {
  ALWAYS("Always"),
  IF_NOT_PRESENT("IfNotPresent"),
  NEVER("Never");

  private final String value;

  PullPolicy(String value) {
    this.value = value;
  }

  /** The name Kubernetes and the spec file use. */
  @JsonValue
  public String value() {
    return value;
  }
}
