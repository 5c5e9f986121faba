package dev.alluxiok8s.validation.podsecurity;

/**
 * The annotations a workload carries to declare that it cannot meet the required Pod Security level, and
 * why. The renderer writes them on the workload's {@code metadata.annotations} for components that need
 * host access by design (FUSE: privileged; workers: hostPath or hostNetwork):
 *
 * <pre>
 * metadata:
 *   annotations:
 *     alluxio-k8s.dev/pod-security-level: privileged
 *     alluxio-k8s.dev/pod-security-reason: "FUSE mounts /dev/fuse and needs SYS_ADMIN"
 * </pre>
 *
 * <p>An exemption is valid when the reason is not blank and the declared level is not higher than the
 * level the pod actually reaches.
 */
public final class PodSecurityAnnotations {

  /** The level the workload declares it reaches: {@code privileged} or {@code baseline}. */
  public static final String LEVEL = "alluxio-k8s.dev/pod-security-level";
  /** Why the workload cannot meet the required level. Must not be blank. */
  public static final String REASON = "alluxio-k8s.dev/pod-security-reason";

  private PodSecurityAnnotations() {}
}
