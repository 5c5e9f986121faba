package dev.alluxiok8s.render.batch;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.render.InvalidManifestsException;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Renders several clusters for one output folder: each cluster's report (placed at its spec's
 * attributes), the files of them all, and every path two clusters would both write. Nothing is
 * written here; a front end writes {@link Outcome#files()} with {@code AtomicFolderWriter} when
 * {@link Outcome#canWrite()}, and words the reports and clashes in its own vocabulary.
 *
 * <pre>{@code
 * BatchRender.Outcome outcome = new BatchRender(renderer, Layout.KUBECTL, Folders.PER_CLUSTER)
 *     .render(List.of(new BatchRender.Input("a.yaml", a.cluster(), a::locate), ...));
 * // files: "alluxio-a/alluxio-master.yaml", "alluxio-b/alluxio-master.yaml", ...
 * }</pre>
 */
public final class BatchRender {

  /** How the clusters' files share the folder. */
  public enum Folders {
    /** Each cluster in {@code <metadata.name>/}, with the files rendering it alone gives (the CLI). */
    PER_CLUSTER,
    /** Every cluster's files side by side in the folder itself (the Maven plugin's one resource folder). */
    MERGED
  }

  /**
   * One cluster to render.
   *
   * @param source its spec, as messages name it
   * @param cluster the cluster
   * @param locate places a finding at the spec attribute that caused it ({@code SpecDocument::locate})
   */
  public record Input(String source, AlluxioCluster cluster, UnaryOperator<Diagnostic> locate) {
    public Input {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(cluster, "cluster");
      Objects.requireNonNull(locate, "locate");
    }
  }

  /**
   * What rendering one input gave.
   *
   * @param input the input
   * @param report its findings, located in its spec
   * @param invalid whether validation errors stopped it (without {@code allowInvalidOutput}): it has no files
   */
  public record Rendered(Input input, ValidationReport report, boolean invalid) {}

  /**
   * A path two inputs would both write; the second is not rendered ({@link Folders#PER_CLUSTER}) or
   * its file is left out ({@link Folders#MERGED}).
   *
   * @param path the file ({@code MERGED}) or folder ({@code PER_CLUSTER}, ending in {@code /})
   * @param first the source of the input that writes it
   * @param second the source of the input that would write it again
   */
  public record Clash(String path, String first, String second) {}

  /**
   * @param rendered one per input that was rendered, in input order
   * @param clashes every path written twice, in input order
   * @param files the files of every rendered input, by path in the folder
   */
  public record Outcome(List<Rendered> rendered, List<Clash> clashes, SortedMap<String, String> files) {
    public Outcome {
      rendered = List.copyOf(rendered);
      clashes = List.copyOf(clashes);
      files = new TreeMap<>(files);
    }

    /** Whether validation errors stopped any input. */
    public boolean anyInvalid() {
      return rendered.stream().anyMatch(Rendered::invalid);
    }

    /** Whether any report has errors (stopped, or produced anyway under {@code allowInvalidOutput}). */
    public boolean anyErrors() {
      return rendered.stream().anyMatch(r -> r.report().hasErrors());
    }

    /** Whether the folder may be written: nothing stopped and no path clashes. */
    public boolean canWrite() {
      return clashes.isEmpty() && !anyInvalid();
    }
  }

  private final ManifestRenderer renderer;
  private final Layout layout;
  private final Folders folders;

  public BatchRender(ManifestRenderer renderer, Layout layout, Folders folders) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.layout = Objects.requireNonNull(layout, "layout");
    this.folders = Objects.requireNonNull(folders, "folders");
  }

  /** Renders every input, going on past a failing one so that one run reports them all. */
  public Outcome render(List<Input> inputs) {
    List<Rendered> rendered = new ArrayList<>();
    List<Clash> clashes = new ArrayList<>();
    SortedMap<String, String> files = new TreeMap<>();
    Map<String, String> writtenBy = new HashMap<>();
    for (Input input : inputs) {
      // Cluster names are DNS labels (checked by the model), so they are safe folder names.
      String folder = input.cluster().metadata().name() + "/";
      if (folders == Folders.PER_CLUSTER) {
        String other = writtenBy.putIfAbsent(folder, input.source());
        if (other != null) {
          clashes.add(new Clash(folder, other, input.source()));
          continue;
        }
      }
      RenderResult result;
      try {
        result = renderer.render(input.cluster());
      } catch (InvalidManifestsException e) {
        rendered.add(new Rendered(input, e.report().map(input.locate()), true));
        continue;
      }
      rendered.add(new Rendered(input, result.report().map(input.locate()), false));
      for (Map.Entry<String, String> file : result.files(layout).entrySet()) {
        String path = folders == Folders.PER_CLUSTER ? folder + file.getKey() : file.getKey();
        String other = folders == Folders.MERGED ? writtenBy.putIfAbsent(path, input.source()) : null;
        if (other != null) {
          clashes.add(new Clash(path, other, input.source()));
        } else {
          files.put(path, file.getValue());
        }
      }
    }
    return new Outcome(rendered, clashes, files);
  }
}
