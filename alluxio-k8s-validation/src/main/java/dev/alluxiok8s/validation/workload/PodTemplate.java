package dev.alluxiok8s.validation.workload;

import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.tree.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pod an object runs (a Pod itself, or the template of a workload) and where it sits in the object.
 *
 * @param spec the pod spec
 * @param specPath path of the pod spec, for example {@code spec.template.spec}
 * @param labels the pod's labels (template labels), empty when none
 * @param annotations the pod's annotations, empty when none
 * @param metadataPath path of the pod's metadata
 */
public record PodTemplate(
    Map<String, Object> spec,
    FieldPath specPath,
    Map<String, Object> labels,
    Map<String, Object> annotations,
    FieldPath metadataPath) {

  /** One container of any kind and where it sits. */
  public record Container(Map<String, Object> tree, FieldPath path, String listName) {

    /** The container's name, or empty. */
    public String name() {
      String n = Trees.string(tree, "name");
      return n == null ? "" : n;
    }
  }

  /** The containers, then the init containers, then the ephemeral containers. */
  public List<Container> allContainers() {
    List<Container> out = new ArrayList<>();
    for (String listName : List.of("containers", "initContainers", "ephemeralContainers")) {
      List<Object> list = Trees.list(spec, listName);
      for (int i = 0; i < list.size(); i++) {
        Map<String, Object> c = Trees.asMap(list.get(i));
        if (c != null) {
          out.add(new Container(c, specPath.field(listName).index(i), listName));
        }
      }
    }
    return out;
  }
}
