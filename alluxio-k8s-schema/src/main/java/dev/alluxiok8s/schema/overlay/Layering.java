package dev.alluxiok8s.schema.overlay;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.yaml.YamlDocument;
import dev.alluxiok8s.schema.overlay.Assignment.AssignmentException;
import dev.alluxiok8s.schema.overlay.Node.Mapping;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges already-scanned layers into one document whose positions name, for each attribute, the
 * file (or {@code --set} argument) and line that gave its value; binding that document then reports
 * every problem at its own source.
 */
public final class Layering {

  private Layering() {}

  /**
   * The merged document, and the problems of the assignments (each at its argument; an assignment
   * with a problem is left out, the others still apply).
   *
   * @param base the base file's document (a mapping)
   * @param overlays the overlays' documents (mappings), in order
   * @param assignments the {@code PATH=VALUE} texts, in order
   */
  public static Merged merge(YamlDocument base, List<YamlDocument> overlays, List<String> assignments) {
    Mapping root = Node.of(base);
    overlays.forEach(o -> TreeMerge.into(root, Node.of(o)));
    List<Diagnostic> problems = new ArrayList<>();
    for (String text : assignments) {
      try {
        AssignmentTarget.apply(Assignment.parse(text), root);
      } catch (AssignmentException e) {
        problems.add(e.problem());
      }
    }
    return new Merged(Node.toDocument(root, base.start(), base.style()), List.copyOf(problems));
  }

  /**
   * @param document the merged tree, with each attribute's own source and position
   * @param problems what the assignments could not do
   */
  public record Merged(YamlDocument document, List<Diagnostic> problems) {}
}
