package dev.alluxiok8s.conformance;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.schema.file.SpecReader;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.layout.Layout;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.spi.ToolProvider;

/**
 * The harness's only door to the project's own code: every import of a {@code dev.alluxiok8s}
 * class outside this package is in this class, so a module or package move is fixed here alone.
 * It hands out plain text (file name -> YAML), exactly what a user would apply.
 */
final class Rendering {

  private Rendering() {}

  /** The layouts' ids ({@code stream}, {@code kubectl}, {@code files}, {@code kustomize}). */
  static List<String> layoutIds() {
    return Arrays.stream(Layout.values()).map(Layout::id).toList();
  }

  /** The files of {@code layoutId} rendered from the spec file {@code spec}: relative path -> YAML. */
  static SortedMap<String, String> renderSpec(Path spec, String layoutId) throws Exception {
    AlluxioCluster cluster = SpecReader.create().read(spec);
    RenderResult result = ManifestRenderer.builder().build().render(cluster);
    return result.files(layout(layoutId));
  }

  /** The stream layout of a Helm chart values file, imported the way {@code render --helm-values} does. */
  static String renderHelmValues(Path values) {
    ToolProvider cli = ToolProvider.findFirst("alluxio-k8s")
        .orElseThrow(() -> new IllegalStateException("the alluxio-k8s tool is not on the class path"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = cli.run(new PrintWriter(out), new PrintWriter(err), "render", "--helm-values", values.toString());
    if (exit != 0) {
      throw new IllegalStateException("render --helm-values " + values + " exited " + exit + ":\n" + err);
    }
    return out.toString();
  }

  private static Layout layout(String id) {
    return Layout.byId(id).orElseThrow(() -> new IllegalArgumentException("no layout " + id));
  }
}
