package dev.alluxiok8s.model.volume;

import com.fasterxml.jackson.annotation.JsonValue;

/** The Kubernetes volume source a piece of Alluxio storage lives on. */
public enum VolumeKind {
  /** A claim: survives pod restarts and rescheduling. */
  PERSISTENT_VOLUME_CLAIM("persistentVolumeClaim"),
  /** Scratch space that dies with the pod. */
  EMPTY_DIR("emptyDir"),
  /** A directory of the node: survives the pod, stays on that node. */
  HOST_PATH("hostPath");

  private final String value;

  VolumeKind(String value) {
    this.value = value;
  }

  /** The name Kubernetes and the spec file use. */
  @JsonValue
  public String value() {
    return value;
  }
}
