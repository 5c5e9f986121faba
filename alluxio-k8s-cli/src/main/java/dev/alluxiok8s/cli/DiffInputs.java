package dev.alluxiok8s.cli;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.helm.HelmValuesException;
import dev.alluxiok8s.helm.HelmValuesImport;
import dev.alluxiok8s.render.InvalidManifestsException;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.schema.file.SpecDocument;
import dev.alluxiok8s.schema.file.SpecException;
import dev.alluxiok8s.schema.file.SpecReader;
import dev.alluxiok8s.upgrade.UpgradeInput;
import dev.alluxiok8s.upgrade.plan.Shell;
import dev.alluxiok8s.upgrade.spec.RenderedSpec;
import dev.alluxiok8s.validation.manifest.Manifest;
import dev.alluxiok8s.validation.manifest.ManifestParseException;
import dev.alluxiok8s.validation.manifest.Manifests;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one side of {@code alluxio-k8s diff}: a cluster spec ({@code kind: AlluxioCluster}),
 * rendered manifests (a file, a folder, or {@code -} for standard input), or, with
 * {@code --helm-values}, a chart values file; specs and values are rendered as {@code render}
 * would. Problems are printed and answered as an empty result, so both sides are read before
 * giving up.
 */
final class DiffInputs {

  private final Diagnostics diagnostics;
  private final boolean helmValues;
  private final String chartVersion;
  private final boolean chartNames;
  private final KubernetesVersion kubernetes;
  private final InputStream stdin;

  DiffInputs(Diagnostics diagnostics, boolean helmValues, String chartVersion, boolean chartNames,
      KubernetesVersion kubernetes, InputStream stdin) {
    this.diagnostics = diagnostics;
    this.helmValues = helmValues;
    this.chartVersion = chartVersion;
    this.chartNames = chartNames;
    this.kubernetes = kubernetes;
    this.stdin = stdin;
  }

  /** How the new side is applied, by what it is: the sentence that ends a plan. */
  private String apply = "";

  /**
   * The plan's apply step for the last side read: manifests are applied as they are, a spec or
   * values file is rendered first.
   */
  String applyStep() {
    return apply;
  }

  /** The side {@code argument} names; empty (after printing why) when it cannot be read. */
  Optional<UpgradeInput> read(String argument) {
    String quoted = Shell.quote(argument);
    apply = "apply the new manifests: kubectl apply -f " + quoted;
    try {
      if (StandardInput.isNamedBy(argument)) {
        return manifests(StandardInput.NAME, Manifests.read(StandardInput.NAME, stdin));
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        return manifests(argument, Manifests.read(path));
      }
      List<Manifest> documents = Manifests.read(path);
      if (documents.size() == 1 && "AlluxioCluster".equals(documents.get(0).tree().get("kind"))) {
        apply = "render the new spec and apply it: alluxio-k8s render " + quoted + " | kubectl apply -f -";
        return spec(path);
      }
      if (!documents.isEmpty() && documents.stream().allMatch(DiffInputs::isObject)) {
        return manifests(argument, documents);
      }
      if (helmValues) {
        apply = "render the new values and apply them: alluxio-k8s render --helm-values " + quoted
            + (chartNames ? " --chart-names" : "") + " | kubectl apply -f -";
        return values(path);
      }
      diagnostics.error(argument, "neither a cluster spec (kind: AlluxioCluster) nor Kubernetes manifests"
          + " (apiVersion and kind in every document); add --helm-values if it is a chart values file");
    } catch (ManifestParseException e) {
      diagnostics.print(e);
    } catch (SpecException e) {
      diagnostics.print(e);
    } catch (HelmValuesException e) {
      diagnostics.print(e);
    } catch (InvalidManifestsException e) {
      diagnostics.print(e.report(), argument);
    } catch (IllegalArgumentException e) {
      diagnostics.usage("alluxio-k8s diff", "--chart-version: " + e.getMessage(), "");
    } catch (IOException e) {
      diagnostics.error(argument, IoMessages.describe(e));
    }
    return Optional.empty();
  }

  private Optional<UpgradeInput> manifests(String source, List<Manifest> manifests) {
    if (manifests.isEmpty()) {
      diagnostics.error(source, "no Kubernetes objects found (folders are searched for .yaml, .yml and .json files)");
      return Optional.empty();
    }
    return Optional.of(UpgradeInput.manifests(source, manifests));
  }

  private Optional<UpgradeInput> spec(Path file) throws SpecException, IOException, InvalidManifestsException {
    SpecDocument document = SpecReader.create().readDocument(file);
    ManifestRenderer renderer = ManifestRenderer.builder().kubernetesVersion(kubernetes).build();
    return Optional.of(RenderedSpec.of(file.toString(), renderer.render(document.cluster()), document::locate));
  }

  private Optional<UpgradeInput> values(Path file) throws HelmValuesException, IOException, InvalidManifestsException {
    HelmValuesImport importer = HelmValuesImport.create();
    HelmImport imported = ChartLine.parse(chartVersion).map(importer::chartLine).orElse(importer).read(file);
    ManifestRenderer renderer = ImportedRendering.rendererBuilder(imported, ImportedRendering.naming(imported, chartNames))
        .kubernetesVersion(kubernetes).build();
    // The values file has no line for a rendered field, and its author knows the chart's keys, not
    // the spec's attributes: findings name the file and the object path.
    return Optional.of(RenderedSpec.atObjectPaths(file.toString(), renderer.render(imported.cluster())));
  }

  private static boolean isObject(Manifest m) {
    Map<String, Object> tree = m.tree();
    return tree.get("apiVersion") instanceof String && tree.get("kind") instanceof String;
  }
}
