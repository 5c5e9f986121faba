package dev.alluxiok8s.render.validation;

import dev.alluxiok8s.validation.finding.Finding;
import dev.alluxiok8s.validation.podsecurity.PodSecurityAnnotations;

/**
 * Rewords the validator's hints about rendered objects in the vocabulary of the spec they came
 * from. The validator judges any manifest, so it names what a manifest author would change (an
 * annotation); the author of a spec changes the spec, which the renderer turns into that
 * annotation.
 *
 * <pre>{@code
 * String hint = SpecWording.hint(finding);
 * }</pre>
 */
public final class SpecWording {

  private static final String ANNOTATION_EXEMPTION = "declare an exemption with the annotations "
      + PodSecurityAnnotations.LEVEL + " and " + PodSecurityAnnotations.REASON;

  private SpecWording() {}

  /**
   * The finding's hint with manifest-level advice replaced by the spec attribute that produces it:
   * the {@code podSecurity} of the component the object was rendered from, recognised by the
   * object's name ({@code <name>-worker}, {@code <name>-fuse}, {@code <name>-fuse-client},
   * {@code <name>-master}).
   */
  public static String hint(Finding finding) {
    String name = finding.object().name();
    String component = name.endsWith("-worker") ? "spec.workers"
        : name.endsWith("-fuse") || name.endsWith("-fuse-client") ? "spec.fuse"
        : name.contains("-master") ? "spec.masters"
        : "spec.workers, spec.masters or spec.fuse (the component the object belongs to)";
    return finding.hint().replace(ANNOTATION_EXEMPTION,
        "declare an exemption in the spec: " + component + ".podSecurity (level and reason)");
  }
}
