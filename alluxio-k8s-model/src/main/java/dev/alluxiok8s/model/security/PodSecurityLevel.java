package dev.alluxiok8s.model.security;

import com.fasterxml.jackson.annotation.JsonValue;

/** A Kubernetes Pod Security Standards level, least restrictive first. */
public enum PodSecurityLevel {
  PRIVILEGED("privileged"),
  BASELINE("baseline"),
  RESTRICTED("restricted");

  private final String value;

  PodSecurityLevel(String value) {
    this.value = value;
  }

  /** The name Kubernetes ({@code pod-security.kubernetes.io/enforce}) and the spec file use. */
  @JsonValue
  public String value() {
    return value;
  }
}
