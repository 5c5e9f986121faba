package dev.alluxiok8s.maven;

import dev.alluxiok8s.kube.diagnostic.SpecPathWording;

/**
 * Remedies in the plugin's words: attributes by their path in the spec files of {@code
 * <specFiles>}, and external objects by the {@code validate} goal's {@code <externalReferences>}
 * element.
 */
final class PomWording extends SpecPathWording {

  static final PomWording INSTANCE = new PomWording();

  private PomWording() {}

  @Override
  public String external(String kind, String name) {
    return "<externalReferences><externalReference>" + kind + "/" + name + "</externalReference></externalReferences>";
  }
}
