package dev.alluxiok8s.schema.podsecurity;

import java.util.Locale;

/** The Pod Security Standards levels, from least to most restrictive. */
public enum PodSecurityLevel {
  /** Unrestricted: anything goes (FUSE with privileged containers lands here). */
  PRIVILEGED,
  /** Prevents known privilege escalations: no host namespaces, hostPath, privileged containers, … */
  BASELINE,
  /** Hardened: non-root, no privilege escalation, seccomp, dropped capabilities, restricted volumes. */
  RESTRICTED;

  /** The lower-case name used by Pod Security Admission labels and our annotations. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code privileged}, {@code baseline} or {@code restricted} (any case); null when unknown. */
  public static PodSecurityLevel parse(String text) {
    if (text == null) {
      return null;
    }
    for (PodSecurityLevel l : values()) {
      if (l.label().equalsIgnoreCase(text.trim())) {
        return l;
      }
    }
    return null;
  }
}
