package dev.alluxiok8s.kube.diagnostic;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import java.util.stream.Collectors;

/**
 * Puts a {@link Remedy} into one front end's words, the way Jib's {@code HelpfulSuggestions} takes
 * each front end's option names. A front end implements the few methods that name its own
 * options and attributes; the sentences around them are shared, so every front end gives the same
 * advice.
 */
public interface RemedyWording {

  /**
   * How to declare an external object: {@code --external Secret/s3} on the command line.
   * Completes "declare it with ...".
   */
  String external(String kind, String name);

  /**
   * How to set a model attribute ({@code spec.workers.hostNetwork}) to {@code value}. Completes
   * "set ...", or is the whole advice.
   */
  String setAttribute(String path, String value);

  /**
   * How to declare a Pod Security exemption at {@code attribute} ({@code spec.workers.podSecurity})
   * at {@code level}; the whole advice.
   */
  String declareExemption(String attribute, PodSecurityLevel level);

  /** The remedy in words; empty for {@link Remedy#none()}. */
  default String words(Remedy remedy) {
    // Java 17 has no switch over a sealed family; the family is closed, so the chain is complete.
    if (remedy instanceof Remedy.Advice advice) {
      return advice.text();
    } else if (remedy instanceof Remedy.DeclareExternal e) {
      return "add the " + e.kind() + " to the set, fix the name, or declare it with " + external(e.kind(), e.name());
    } else if (remedy instanceof Remedy.DeclareExemption e) {
      return declareExemption(e.attribute(), e.level());
    } else if (remedy instanceof Remedy.AnnotateExemption a) {
      // Annotations are the manifest's own words, the same in every front end.
      return "declare an exemption with the annotations " + a.levelKey() + " (" + a.level().value()
          + ", the level the pod reaches) and " + a.reasonKey();
    } else if (remedy instanceof Remedy.SetAttribute set) {
      return setAttribute(set.path(), set.value());
    } else if (remedy instanceof Remedy.AnyOf any) {
      return any.choices().stream().map(this::words).collect(Collectors.joining(", or "));
    }
    return "";
  }
}
