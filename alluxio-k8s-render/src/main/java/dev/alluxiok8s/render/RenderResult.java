package dev.alluxiok8s.render;

import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.render.layout.LayoutFiles;
import dev.alluxiok8s.schema.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A rendered and validated cluster: its objects, the exact trees that were validated, and the
 * validation report (warnings and notes, plus errors when invalid output was allowed).
 */
public final class RenderResult {

  private final String clusterName;
  private final RenderedCluster cluster;
  private final List<Map<String, Object>> trees;
  private final ValidationReport report;

  RenderResult(String clusterName, RenderedCluster cluster, List<Map<String, Object>> trees, ValidationReport report) {
    this.clusterName = clusterName;
    this.cluster = cluster;
    this.trees = List.copyOf(trees);
    this.report = report;
  }

  public RenderedCluster cluster() {
    return cluster;
  }

  public ValidationReport report() {
    return report;
  }

  /**
   * Every object as one multi-document YAML stream, in apply order, except the format Job: the
   * stream is applied as a whole, and again at every change (see {@link LayoutFiles#appliedAsAWhole}).
   */
  public String stream() {
    return files(Layout.STREAM).get(clusterName + ".yaml");
  }

  /** The files of {@code layout}: relative path -> content. */
  public SortedMap<String, String> files(Layout layout) {
    return new LayoutFiles().of(cluster, trees, clusterName, layout);
  }
}
