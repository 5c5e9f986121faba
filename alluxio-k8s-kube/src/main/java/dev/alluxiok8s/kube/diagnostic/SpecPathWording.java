package dev.alluxiok8s.kube.diagnostic;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;

/**
 * Names attributes by their path in the spec file ({@code spec.workers.podSecurity}): the words of
 * the front ends whose users write spec files, the command line and the Maven plugin. They name
 * their own options for external objects.
 */
public abstract class SpecPathWording implements RemedyWording {

  @Override
  public String setAttribute(String path, String value) {
    return "set " + path + ": " + value + " in the spec";
  }

  @Override
  public String declareExemption(String attribute, PodSecurityLevel level) {
    return "declare an exemption in the spec: " + attribute + " (level " + level.value() + " and a reason)";
  }
}
