package dev.alluxiok8s.cli;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.helm.HelmValuesException;
import dev.alluxiok8s.helm.HelmValuesImport;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.schema.file.SpecDocument;
import dev.alluxiok8s.schema.file.SpecException;
import dev.alluxiok8s.schema.file.SpecReader;
import dev.alluxiok8s.schema.overlay.LayeredSpec;
import dev.alluxiok8s.render.InvalidManifestsException;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.render.output.OutputException;
import dev.alluxiok8s.render.output.Overwrite;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alluxio-k8s render SPEC}: the manifests of a spec, as one YAML stream on standard output or
 * as a layout written atomically into a folder. Nothing is printed or written when anything fails.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Renders and validates the Kubernetes manifests of a cluster spec.",
      "Without -o, prints them as one YAML stream on standard output. With -o,",
      "writes the layout into DIR atomically: the folder is replaced as a whole,",
      "or left as it was when anything fails."
    })
final class RenderCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand AlluxioK8s root;

  @Parameters(
      arity = "0..*",
      paramLabel = "SPEC",
      description = {"The cluster spec file (YAML or JSON); - reads it from standard input.",
          "Several specs need -o DIR: each cluster is written into DIR/<metadata.name>/."})
  List<Path> specFiles = new ArrayList<>();

  @Option(
      names = "--helm-values",
      paramLabel = "VALUES",
      description = "Render the cluster of an Alluxio Helm chart values file (config.yaml) instead of a spec.")
  Path helmValues;

  @Option(
      names = "--chart-version",
      paramLabel = "VERSION",
      defaultValue = "auto",
      description = "The chart line the values file was written for: 0.5, 0.6 or auto (default: ${DEFAULT-VALUE}).")
  String chartVersion = "auto";

  @Option(
      names = "--chart-names",
      description = "With --helm-values, keep the chart's object names so a chart deployment can be taken over.")
  boolean chartNames;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write the layout into this folder.")
  Path output;

  @Option(
      names = "--layout",
      paramLabel = "LAYOUT",
      converter = Converters.LayoutConverter.class,
      completionCandidates = Converters.LayoutIds.class,
      defaultValue = "stream",
      description = "How the files are laid out with -o: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Layout layout = Layout.STREAM;

  @Option(
      names = "--overwrite",
      description = "Replace DIR even when alluxio-k8s did not write it (it has no .alluxio-k8s marker).")
  boolean overwrite;

  @Option(
      names = "--allow-invalid",
      description = "Produce the output even with validation errors (they are still printed, and the exit code is 1).")
  boolean allowInvalid;

  // Initialised here too, for PlainRenderLine, which fills in only what a plain line gives; picocli
  // sets every default itself (PlainRenderLineTest compares the two).
  @Mixin LayerOptions layers = new LayerOptions();

  @Mixin KubernetesVersionOption kubernetes = new KubernetesVersionOption();

  @Override
  public Integer call() {
    Phases.RUN.mark("command line parsed");
    return render(root.in, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * Runs the render these options describe, reading {@code -} from {@code in}, printing the stream
   * on {@code out} and diagnostics on {@code err}; answers the exit code. picocli calls it through
   * {@link #call()}, and {@link PlainRenderLine} directly.
   */
  int render(InputStream in, PrintWriter out, PrintWriter err) {
    Diagnostics diagnostics = new Diagnostics(err);
    if (output == null && overwrite) {
      diagnostics.usage("alluxio-k8s render", "--overwrite replaces an output folder, and there is none",
          "add -o DIR, or leave --overwrite out to print one YAML stream");
      return ExitCodes.USAGE;
    }
    if (output == null && layout != Layout.STREAM) {
      diagnostics.usage("alluxio-k8s render", "--layout " + layout.id() + " writes files",
          "add -o DIR, or leave --layout out to print one YAML stream");
      return ExitCodes.USAGE;
    }
    if (specFiles.size() > 1) {
      return renderMany(diagnostics);
    }
    // The one spec of a single render, or null for Helm values.
    Path specFile = specFiles.isEmpty() ? null : specFiles.get(0);
    if ((specFile == null) == (helmValues == null)) {
      diagnostics.usage("alluxio-k8s render", "give either a SPEC file or --helm-values VALUES",
          "alluxio-k8s render alluxio.yaml, or alluxio-k8s render --helm-values config.yaml");
      return ExitCodes.USAGE;
    }
    if (helmValues != null && !layers.isEmpty()) {
      diagnostics.usage("alluxio-k8s render", "--overlay and --set change a SPEC, not --helm-values",
          "render the spec: alluxio-k8s render alluxio.yaml --overlay prod.yaml");
      return ExitCodes.USAGE;
    }
    if (helmValues == null && (chartNames || !chartVersion.equals("auto"))) {
      diagnostics.usage("alluxio-k8s render", "--chart-version and --chart-names only apply with --helm-values", "");
      return ExitCodes.USAGE;
    }
    String source = StandardInput.isNamedBy(specFile) ? StandardInput.NAME
        : (specFile != null ? specFile : helmValues).toString();
    AlluxioCluster cluster;
    ManifestRenderer.Builder builder;
    // Where the spec's attributes were written, so findings on rendered objects name a line.
    UnaryOperator<Diagnostic> locate = UnaryOperator.identity();
    try {
      if (specFile != null) {
        LayeredSpec.Layer base;
        if (StandardInput.isNamedBy(specFile)) {
          int limit = ReadLimits.defaults().maxBytes();
          byte[] piped = StandardInput.readAtMost(in, limit);
          if (piped.length > limit) {
            // Cut at the limit, so its true size is unknown: say "more than", not a wrong figure.
            diagnostics.error(source, "more than " + limit + " bytes; a spec may have at most " + limit);
            return ExitCodes.USAGE;
          }
          base = LayeredSpec.Layer.bytes(source, piped);
        } else {
          base = LayeredSpec.Layer.file(specFile);
        }
        SpecDocument document = SpecReader.create().readDocument(layers.over(base));
        cluster = document.cluster();
        locate = document::locate;
        builder = ManifestRenderer.builder();
      } else {
        HelmValuesImport importer = HelmValuesImport.create();
        HelmImport imported = ChartLine.parse(chartVersion).map(importer::chartLine).orElse(importer).read(helmValues);
        diagnostics.print(imported.warnings(), "");
        cluster = imported.cluster();
        builder = ImportedRendering.rendererBuilder(imported, ImportedRendering.naming(imported, chartNames));
      }
    } catch (SpecException e) {
      diagnostics.print(e);
      return ExitCodes.USAGE;
    } catch (HelmValuesException e) {
      diagnostics.print(e);
      return ExitCodes.USAGE;
    } catch (IllegalArgumentException e) {
      diagnostics.usage("alluxio-k8s render", "--chart-version: " + e.getMessage(), "");
      return ExitCodes.USAGE;
    } catch (IOException e) {
      diagnostics.error(IoMessages.fileOf(e, source), IoMessages.describe(e));
      return ExitCodes.USAGE;
    }
    Phases.RUN.mark("spec read and checked");
    ManifestRenderer renderer = builder
        .kubernetesVersion(kubernetes.version)
        .allowInvalidOutput(allowInvalid)
        .build();
    RenderResult result;
    try {
      if (output == null) {
        result = renderer.render(cluster);
        Phases.RUN.mark("rendered and validated");
        String stream = result.stream();
        Phases.RUN.mark("YAML emitted");
        out.print(stream);
      } else {
        result = renderer.write(cluster, output, layout, overwrite ? Overwrite.ALWAYS : Overwrite.IF_MARKED);
        Phases.RUN.mark("rendered, validated and written");
      }
    } catch (InvalidManifestsException e) {
      diagnostics.print(e.report().map(locate), source);
      return ExitCodes.INVALID;
    } catch (OutputException e) {
      diagnostics.output(e);
      return ExitCodes.USAGE;
    }
    diagnostics.print(result.report().map(locate), source);
    return result.report().hasErrors() ? ExitCodes.INVALID : ExitCodes.OK;
  }

  /** {@code render A.yaml B.yaml -o DIR}: see {@link BatchRendering}. */
  private int renderMany(Diagnostics diagnostics) {
    if (output == null) {
      diagnostics.usage("alluxio-k8s render", specFiles.size() + " specs need an output folder",
          "add -o DIR: each cluster is written into DIR/<metadata.name>/");
      return ExitCodes.USAGE;
    }
    if (!layers.isEmpty()) {
      diagnostics.usage("alluxio-k8s render", "--overlay and --set apply to one SPEC, and " + specFiles.size()
          + " are given", "render each spec with its overlays in a run of its own");
      return ExitCodes.USAGE;
    }
    if (helmValues != null || specFiles.stream().anyMatch(StandardInput::isNamedBy)) {
      diagnostics.usage("alluxio-k8s render", "several specs are rendered from files only (no --helm-values, no -)",
          "render Helm values and standard input one at a time");
      return ExitCodes.USAGE;
    }
    ManifestRenderer renderer = ManifestRenderer.builder()
        .kubernetesVersion(kubernetes.version)
        .allowInvalidOutput(allowInvalid)
        .build();
    return new BatchRendering(renderer, layout, diagnostics)
        .run(specFiles, output, overwrite ? Overwrite.ALWAYS : Overwrite.IF_MARKED);
  }
}
