package dev.alluxiok8s.render;

import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.render.layout.LayoutFiles;
import dev.alluxiok8s.validation.ValidationReport;
import java.util.SortedMap;

/**
 * A rendered and validated cluster: its objects, whose trees are exactly what was validated and
 * what is written, and the report: the render's own warnings about the spec ({@link
 * RenderedCluster#warnings()}) and validation's findings (warnings and notes, plus errors when
 * invalid output was allowed).
 *
 * <pre>{@code
 * RenderResult result = ManifestRenderer.builder().build().render(cluster);
 * result.report().warnings().forEach(System.err::println);   // e.g. the workers' default exemption
 * }</pre>
 */
public final class RenderResult {

  private final RenderedCluster cluster;
  private final ValidationReport report;

  RenderResult(RenderedCluster cluster, ValidationReport report) {
    this.cluster = cluster;
    this.report = report;
  }

  public RenderedCluster cluster() {
    return cluster;
  }

  /** Every finding of the render: its own warnings and validation's, in a fixed order. */
  public ValidationReport report() {
    return report;
  }

  /**
   * Every object as one multi-document YAML stream, in apply order, except the format Job: the
   * stream is applied as a whole, and again at every change (see {@link LayoutFiles#appliedAsAWhole}).
   */
  public String stream() {
    return cluster.toYaml();
  }

  /** The files of {@code layout}: relative path -> content. */
  public SortedMap<String, String> files(Layout layout) {
    return new LayoutFiles().of(cluster.objects(), cluster.names().cluster(), layout);
  }
}
