package dev.alluxiok8s.render.provenance;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.render.naming.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The provenance of every object of one render, in the order they were validated, so that a
 * finding on the n-th object is explained by the n-th table.
 *
 * <pre>{@code
 * SpecTrace trace = SpecTrace.of(cluster.spec(), components, trees);
 * ValidationReport inSpecWords = report.map(trace::explain);
 * }</pre>
 */
public final class SpecTrace {

  private final List<Provenance> byIndex;

  private SpecTrace(List<Provenance> byIndex) {
    this.byIndex = List.copyOf(byIndex);
  }

  /**
   * @param spec the spec the objects were rendered from
   * @param components the component of each rendered object, in validation order
   * @param trees the objects' trees as validated, in the same order
   */
  public static SpecTrace of(ClusterSpec spec, List<Component> components, List<Map<String, Object>> trees) {
    if (components.size() != trees.size()) {
      throw new IllegalArgumentException(components.size() + " objects but " + trees.size() + " trees");
    }
    List<Provenance> tables = new ArrayList<>(components.size());
    for (int i = 0; i < components.size(); i++) {
      tables.add(PodOrigins.of(spec, components.get(i), trees.get(i)));
    }
    return new SpecTrace(tables);
  }

  /** {@code finding} in the spec's words when it is about a rendered field the spec shaped; else as it was. */
  public Diagnostic explain(Diagnostic finding) {
    int index = finding.object().map(ObjectRef::index).orElse(-1);
    return index >= 0 && index < byIndex.size() ? byIndex.get(index).explain(finding) : finding;
  }
}
