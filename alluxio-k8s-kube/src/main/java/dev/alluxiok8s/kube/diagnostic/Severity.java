package dev.alluxiok8s.kube.diagnostic;

/** How bad a {@link Diagnostic} is. The renderer fails on {@link #ERROR} by default. */
public enum Severity {
  /** The API server or the kubelet rejects the object, or it cannot work as written. */
  ERROR,
  /** Accepted, but likely wrong or fragile at run time. */
  WARNING,
  /** A fact worth knowing, such as the Pod Security level a workload reaches. */
  INFO
}
