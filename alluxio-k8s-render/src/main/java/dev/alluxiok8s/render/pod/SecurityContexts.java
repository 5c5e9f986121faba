package dev.alluxiok8s.render.pod;

import dev.alluxiok8s.model.security.RunAs;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import java.util.List;

/**
 * Security contexts. Alluxio's processes run as the configured user with the hardening the Pod
 * Security "restricted" level asks for (no privilege escalation, all capabilities dropped, the
 * runtime's seccomp profile), which chart 0.5.2 did not set.
 */
public final class SecurityContexts {

  private SecurityContexts() {}

  /** The pod's context: user, group and fsGroup (so claims are writable), non-root when it is. */
  public static V1PodSecurityContext pod(RunAs runAs) {
    V1PodSecurityContext context = new V1PodSecurityContext()
        .runAsUser(runAs.user())
        .runAsGroup(runAs.group())
        .fsGroup(runAs.fsGroup())
        .seccompProfile(new V1SeccompProfile().type("RuntimeDefault"));
    if (!runAs.isRoot()) {
      context.setRunAsNonRoot(true);
    }
    return context;
  }

  /** An Alluxio process's container. */
  public static V1SecurityContext process() {
    return new V1SecurityContext()
        .allowPrivilegeEscalation(false)
        .capabilities(new V1Capabilities().drop(List.of("ALL")));
  }

  /** An init container that must run as root to hand node directories to Alluxio's user. */
  public static V1SecurityContext chown() {
    return new V1SecurityContext()
        .runAsUser(0L)
        .runAsNonRoot(false)
        .allowPrivilegeEscalation(false)
        .capabilities(new V1Capabilities().drop(List.of("ALL")).add(List.of("CHOWN")));
  }
}
