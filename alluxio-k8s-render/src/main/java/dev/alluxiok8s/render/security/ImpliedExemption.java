package dev.alluxiok8s.render.security;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import java.util.Objects;

/**
 * A Pod Security exemption that a component's settings imply and the spec does not declare. The
 * renderer writes it on the workload exactly as a declared one (level and reason annotations), and
 * reports {@link #warning()} so that no component falls below its level silently: the warning
 * names the attribute that causes it and the attribute that declares it instead.
 *
 * @param exemption the level the component falls to, and why
 * @param warning what every front end prints, at the spec attribute that causes it
 */
public record ImpliedExemption(PodSecurityExemption exemption, Diagnostic warning) {

  public ImpliedExemption {
    Objects.requireNonNull(exemption, "exemption");
    Objects.requireNonNull(warning, "warning");
  }

  /**
   * An exemption of {@code workload} caused by {@code cause}, whose warning says what {@code
   * remedy} does about it.
   *
   * @param ruleId the warning's stable id
   * @param cause the spec attribute that makes the component fall below its level
   * @param pods the component's pods in words, for example "masters"
   * @param workload the workload in words, for example "the master StatefulSet"
   * @param level the level the component falls below
   */
  static ImpliedExemption of(String ruleId, String cause, String pods, String workload, String level,
      PodSecurityExemption exemption, Remedy remedy) {
    String message = pods + " fall below Pod Security " + level + ": " + exemption.reason() + "; " + workload
        + " declares the exemption (level " + exemption.level().value() + ") with this reason";
    Diagnostic warning = Diagnostic.of(Severity.WARNING, cause, message).withRuleId(ruleId).withRemedy(remedy);
    return new ImpliedExemption(exemption, warning);
  }
}
