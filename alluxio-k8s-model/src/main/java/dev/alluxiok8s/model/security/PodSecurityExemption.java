package dev.alluxiok8s.model.security;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A declared, reasoned exception to the Pod Security baseline for one component, e.g. workers on
 * host networking or the privileged FUSE daemon. Rendered as annotations on the workload; a
 * component that falls below baseline without one fails validation.
 *
 * <pre>{@code
 * PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED,
 *     "short-circuit reads need the node's domain socket directory (hostPath) and host networking");
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutablePodSecurityExemption.class)
@JsonDeserialize(as = ImmutablePodSecurityExemption.class)
public interface PodSecurityExemption {

  /** The level the component is allowed to fall to. */
  PodSecurityLevel level();

  /** Why: shown to reviewers and kept on the workload. */
  String reason();

  static PodSecurityExemption of(PodSecurityLevel level, String reason) {
    return ImmutablePodSecurityExemption.builder().level(level).reason(reason).build();
  }

  @Value.Check
  default void check() {
    new Problems("PodSecurityExemption")
        .require(!reason().isBlank(), "reason", "must say why the component cannot meet the baseline level")
        .require(level() != PodSecurityLevel.RESTRICTED, "level",
            "restricted is the strictest level and needs no exemption")
        .throwIfAny();
  }
}
