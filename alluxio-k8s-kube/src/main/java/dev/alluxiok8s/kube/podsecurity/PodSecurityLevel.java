package dev.alluxiok8s.kube.podsecurity;

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

  /** The level named {@code text} (any case, surrounding blanks ignored), or null for none. */
  public static PodSecurityLevel parse(String text) {
    if (text == null) {
      return null;
    }
    for (PodSecurityLevel l : values()) {
      if (l.value.equalsIgnoreCase(text.trim())) {
        return l;
      }
    }
    return null;
  }
}
