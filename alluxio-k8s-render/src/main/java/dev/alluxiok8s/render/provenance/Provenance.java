package dev.alluxiok8s.render.provenance;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the fields of one rendered object come from in the spec: object paths (a field and all
 * below it) to {@link Origin}s, and the attribute that declares the object's Pod Security
 * exemption. It rewords a validation finding on the object for the spec's author: reported at
 * the attribute, noting a default, with the exemption advice naming the spec attribute instead
 * of the annotations the renderer writes from it.
 */
public final class Provenance {

  private final Map<String, Origin> origins;
  private final String podSecurityAttribute;

  Provenance(Map<String, Origin> origins, String podSecurityAttribute) {
    this.origins = Map.copyOf(origins);
    this.podSecurityAttribute = podSecurityAttribute;
  }

  /** The origin of the field at {@code objectPath} or of its nearest recorded ancestor. */
  public Optional<Origin> originOf(String objectPath) {
    String p = objectPath;
    while (!p.isEmpty()) {
      Origin origin = origins.get(p);
      if (origin != null) {
        return Optional.of(origin);
      }
      p = parent(p);
    }
    return Optional.empty();
  }

  /** The attribute that declares this object's Pod Security exemption; empty when none does. */
  public String podSecurityAttribute() {
    return podSecurityAttribute;
  }

  /** {@code finding} in the spec's words, when it is about a field the spec shaped. */
  public Diagnostic explain(Diagnostic finding) {
    Remedy remedy = specRemedy(finding.remedy(), Remedy.none());
    Optional<Origin> origin = originOf(finding.objectPath());
    if (origin.isEmpty()) {
      return finding.withRemedy(remedy);
    }
    Origin o = origin.get();
    return finding.withPath(o.attribute()).withDefaultNote(o.defaultNote())
        .withRemedy(specRemedy(finding.remedy(), o.change()));
  }

  /**
   * The remedy with the annotation exemption replaced by the spec attribute that writes the
   * annotations; when the origin says which change removes the value, that change replaces the
   * manifest-level advice next to the exemption.
   */
  private Remedy specRemedy(Remedy remedy, Remedy change) {
    if (remedy instanceof Remedy.AnnotateExemption a && !podSecurityAttribute.isEmpty()) {
      return new Remedy.DeclareExemption(podSecurityAttribute, a.level());
    }
    if (remedy instanceof Remedy.AnyOf any && any.choices().stream().anyMatch(c -> c instanceof Remedy.AnnotateExemption)) {
      List<Remedy> choices = any.choices().stream()
          .map(c -> c instanceof Remedy.Advice && !change.isNone() ? change : specRemedy(c, Remedy.none()))
          .toList();
      return new Remedy.AnyOf(choices);
    }
    return remedy;
  }

  /** {@code a.b[2]} -> {@code a.b}; {@code a.b} -> {@code a}; {@code a['x.y']} -> {@code a}. */
  static String parent(String path) {
    if (path.endsWith("]")) {
      int open = path.endsWith("']") ? path.lastIndexOf("['") : path.lastIndexOf('[');
      return path.substring(0, Math.max(open, 0));
    }
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }
}
