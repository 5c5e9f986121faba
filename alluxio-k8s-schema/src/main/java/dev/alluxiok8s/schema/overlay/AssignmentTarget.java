package dev.alluxiok8s.schema.overlay;

import dev.alluxiok8s.schema.overlay.Assignment.AssignmentException;
import dev.alluxiok8s.schema.overlay.Assignment.Index;
import dev.alluxiok8s.schema.overlay.Assignment.Key;
import dev.alluxiok8s.schema.overlay.Assignment.Selector;
import dev.alluxiok8s.schema.overlay.Assignment.Step;
import dev.alluxiok8s.schema.overlay.Node.Mapping;
import dev.alluxiok8s.schema.overlay.Node.Scalar;
import dev.alluxiok8s.schema.overlay.Node.Sequence;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Applies an {@link Assignment} to a merged tree: walks its path, making the mappings and lists it
 * names that the tree does not have yet (a selected item that is missing is added with its key),
 * and puts the value at the end, located at the argument. What cannot be walked (a name under a
 * plain value, an index past a list's end) is a problem at the argument.
 */
final class AssignmentTarget {

  private AssignmentTarget() {}

  /** Applies {@code assignment} to {@code root}, or changes nothing and throws its problem. */
  static void apply(Assignment assignment, Mapping root) throws AssignmentException {
    // A first walk that changes nothing finds the problem before a missing list or mapping is made.
    walk(assignment, root, false);
    walk(assignment, root, true);
  }

  private static void walk(Assignment assignment, Mapping root, boolean change) throws AssignmentException {
    SourceLocation at = assignment.location();
    List<Step> steps = assignment.steps();
    Node current = root;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      boolean last = i == steps.size() - 1;
      List<Step> walked = steps.subList(0, i);
      Step next = last ? null : steps.get(i + 1);
      if (step instanceof Key key) {
        if (!(current instanceof Mapping mapping)) {
          throw Assignment.problem(assignment.text(), Assignment.pathOf(walked),
              "is " + kind(current) + ", so it has no attribute \"" + key.name() + "\"");
        }
        Node child = last ? new Scalar(at, assignment.value()) : mapping.entries().get(key.name());
        if (child == null) {
          child = empty(next, at);
        }
        if (change) {
          mapping.entries().put(key.name(), child);
        }
        current = child;
      } else {
        if (!(current instanceof Sequence sequence)) {
          throw Assignment.problem(assignment.text(), Assignment.pathOf(walked),
              "is " + kind(current) + ", so it has no items to choose with " + Assignment.pathOf(List.of(step)));
        }
        Sequence target = change ? sequence : new Sequence(sequence.at(), new ArrayList<>(sequence.items()));
        int index = indexOf(assignment, target, step, walked, at);
        if (last) {
          target.items().set(index, new Scalar(at, assignment.value()));
        }
        current = target.items().get(index);
      }
    }
  }

  private static int indexOf(Assignment assignment, Sequence sequence, Step step, List<Step> walked, SourceLocation at) throws AssignmentException {
    if (step instanceof Index index) {
      if (index.index() >= sequence.items().size()) {
        throw Assignment.problem(assignment.text(), Assignment.pathOf(walked), "has " + sequence.items().size()
            + " item(s), so there is no [" + index.index() + "]; choose an item by its key to add one, for example [alias=SSD]");
      }
      return index.index();
    }
    Selector selector = (Selector) step;
    Optional<Mapping> found = TreeMerge.find(sequence.items(), selector.key(), selector.name());
    if (found.isPresent()) {
      return sequence.items().indexOf(found.get());
    }
    Mapping added = new Mapping(at, new LinkedHashMap<>());
    added.entries().put(selector.key(), new Scalar(at, new YamlScalar(selector.name(), true)));
    sequence.items().add(added);
    return sequence.items().size() - 1;
  }

  /** What a missing step holds: a list when the next step chooses an item, else a mapping. */
  private static Node empty(Step next, SourceLocation at) {
    return next instanceof Key ? new Mapping(at, new LinkedHashMap<>()) : new Sequence(at, new ArrayList<>());
  }

  private static String kind(Node node) {
    return node instanceof Mapping ? "a mapping" : node instanceof Sequence ? "a list" : "a plain value";
  }
}
