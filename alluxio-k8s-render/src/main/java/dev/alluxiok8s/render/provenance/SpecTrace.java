package dev.alluxiok8s.render.provenance;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.render.RenderedObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The provenance of every object of one render, in the order they were validated, so that a
 * finding on the n-th object is explained by the n-th table.
 *
 * <pre>{@code
 * SpecTrace trace = SpecTrace.of(cluster.spec(), rendered.objects(), trees);
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
   * @param objects the rendered objects, in validation order
   * @param trees their trees as validated, in the same order
   */
  public static SpecTrace of(ClusterSpec spec, List<RenderedObject> objects, List<Map<String, Object>> trees) {
    if (objects.size() != trees.size()) {
      throw new IllegalArgumentException(objects.size() + " objects but " + trees.size() + " trees");
    }
    List<Provenance> tables = new ArrayList<>(objects.size());
    for (int i = 0; i < objects.size(); i++) {
      tables.add(PodOrigins.of(spec, objects.get(i).component(), trees.get(i)));
    }
    return new SpecTrace(tables);
  }

  /** {@code finding} in the spec's words when it is about a rendered field the spec shaped; else as it was. */
  public Diagnostic explain(Diagnostic finding) {
    int index = finding.object().map(ObjectRef::index).orElse(-1);
    return index >= 0 && index < byIndex.size() ? byIndex.get(index).explain(finding) : finding;
  }
}
