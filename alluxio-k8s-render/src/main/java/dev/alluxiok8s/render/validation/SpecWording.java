package dev.alluxiok8s.render.validation;

import dev.alluxiok8s.schema.podsecurity.PodSecurityAnnotations;

/**
 * Rewords the validator's hints about rendered objects in the vocabulary of the spec they came
 * from. The validator judges any manifest, so it names what a manifest author would change (an
 * annotation); the author of a spec changes the spec, which the renderer turns into that
 * annotation.
 *
 * <pre>{@code
 * String hint = SpecWording.hint(finding.hint());
 * }</pre>
 */
public final class SpecWording {

  private static final String ANNOTATION_EXEMPTION = "declare an exemption with the annotations "
      + PodSecurityAnnotations.LEVEL + " and " + PodSecurityAnnotations.REASON;

  private static final String SPEC_EXEMPTION = "declare an exemption in the spec: podSecurity (level and reason)"
      + " under spec.workers, spec.masters or spec.fuse, for the component the object belongs to";

  private SpecWording() {}

  /** {@code hint} with manifest-level advice replaced by the spec attribute that produces it. */
  public static String hint(String hint) {
    return hint.replace(ANNOTATION_EXEMPTION, SPEC_EXEMPTION);
  }
}
