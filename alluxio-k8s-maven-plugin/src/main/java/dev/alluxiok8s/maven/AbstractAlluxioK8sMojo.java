package dev.alluxiok8s.maven;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.schema.file.SpecDocument;
import dev.alluxiok8s.schema.file.SpecException;
import dev.alluxiok8s.schema.file.SpecReader;
import dev.alluxiok8s.schema.overlay.LayeredSpec;
import dev.alluxiok8s.validation.ValidationReport;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What both goals share: the parameters that say where the output is and which Kubernetes rules
 * apply, and the wording of the core's problems in POM vocabulary ({@code <layout>}, {@code
 * <specFiles>}, {@link PomWording}), Maven-style ({@code [ERROR] FILE:LINE:COL: error: ...}).
 */
public abstract class AbstractAlluxioK8sMojo extends AbstractMojo {

  /** The layout of the rendered files: {@code stream}, {@code kubectl}, {@code files} or {@code kustomize}. */
  @Parameter(property = "alluxio-k8s.layout", defaultValue = "kubectl")
  protected String layout;

  /** The rendered files go to {@code <outputDirectory>/<layout>}. */
  @Parameter(property = "alluxio-k8s.outputDirectory", defaultValue = "${project.build.directory}/alluxio-k8s")
  protected File outputDirectory;

  /** The Kubernetes release whose rules the manifests must meet, for example {@code 1.36}. */
  @Parameter(property = "alluxio-k8s.kubernetesVersion", defaultValue = "1.36")
  protected String kubernetesVersion;

  /**
   * Spec files merged over each of {@code <specFiles>}, in order: per-environment differences, as
   * Helm's {@code -f}. Mappings merge by key; tier levels by {@code alias}, their directories by
   * {@code path}, credentials by {@code property}, host aliases by {@code ip}; other values and
   * lists are replaced. An overlay may leave out {@code apiVersion} and {@code kind}.
   */
  @Parameter(property = "alluxio-k8s.overlays")
  protected List<File> overlays = new ArrayList<>();

  /**
   * Attributes set after the overlays, each {@code PATH=VALUE} as on the command line's {@code
   * --set}: {@code <set>spec.masters.count=5</set>}, {@code
   * <set>spec.tieredStore.levels[alias=MEM].directories[0].quota=8Gi</set>}. The value reads as in a
   * spec file; quote it to keep a string ({@code spec.images.alluxio.tag="2.10"}).
   */
  @Parameter(property = "alluxio-k8s.sets")
  protected List<String> sets = new ArrayList<>();

  /** Skips the goal. */
  @Parameter(property = "alluxio-k8s.skip", defaultValue = "false")
  protected boolean skip;

  /** {@code <layout>}, checked. */
  protected Layout layout() throws MojoExecutionException {
    return Layout.byId(layout).orElseThrow(() -> new MojoExecutionException("<layout>" + layout
        + "</layout> is not a layout; use one of " + Arrays.stream(Layout.values()).map(Layout::id)
            .collect(Collectors.joining(", "))));
  }

  /** {@code <kubernetesVersion>}, checked. */
  protected KubernetesVersion kubernetesVersion() throws MojoExecutionException {
    try {
      return KubernetesVersion.parse(kubernetesVersion);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("<kubernetesVersion>" + kubernetesVersion + "</kubernetesVersion> is "
          + e.getMessage() + "; perhaps you meant " + KubernetesVersion.DEFAULT, e);
    }
  }

  /** Where the rendered files of {@link #layout()} are. */
  protected File renderedDirectory(Layout checkedLayout) {
    return new File(outputDirectory, checkedLayout.id());
  }

  /**
   * Reads every spec file, logging every problem of every file before failing.
   *
   * @return each file (as configured) with its cluster and where its attributes were written, in
   *     configuration order
   */
  protected Map<File, SpecDocument> readSpecs(List<File> specFiles) throws MojoFailureException {
    Map<File, SpecDocument> documents = new LinkedHashMap<>();
    int problems = 0;
    for (File file : specFiles) {
      try {
        documents.put(file, SpecReader.create().readDocument(layered(file)));
      } catch (SpecException e) {
        log(e.diagnostics(), "");
        problems += e.diagnostics().size();
      } catch (IOException e) {
        String named = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : file.toString();
        getLog().error(named + ": error: " + (e instanceof NoSuchFileException
            ? "no such file; check " + (named.equals(file.toString()) ? "<specFiles>" : "<overlays>")
            : "cannot be read: " + e.getMessage()));
        problems++;
      }
    }
    if (problems > 0) {
      throw new MojoFailureException(problems + " problem(s) in <specFiles>" + (overlays.isEmpty() && sets.isEmpty()
          ? "" : " with <overlays> and <sets>") + "; see the errors above");
    }
    return documents;
  }

  /** {@code specFile} with {@code <overlays>} and {@code <sets>}. */
  private LayeredSpec layered(File specFile) {
    LayeredSpec spec = LayeredSpec.of(specFile.toPath());
    for (File overlay : overlays) {
      spec = spec.overlay(overlay.toPath());
    }
    for (String set : sets) {
      spec = spec.set(set);
    }
    return spec;
  }

  /**
   * Logs the errors and warnings of {@code report}, each with its hint in POM words.
   *
   * @param fallbackSource the file to name for findings without a location
   */
  protected void log(ValidationReport report, String fallbackSource) {
    log(report.findings(), fallbackSource);
  }

  /** Logs errors and warnings (notes are facts, not problems, and are left out), each with its hint. */
  protected void log(List<Diagnostic> diagnostics, String fallbackSource) {
    for (Diagnostic d : diagnostics) {
      List<String> lines = DiagnosticFormat.lines(d, fallbackSource, PomWording.INSTANCE);
      if (d.severity() == Severity.ERROR) {
        lines.forEach(getLog()::error);
      } else if (d.severity() == Severity.WARNING) {
        lines.forEach(getLog()::warn);
      }
    }
  }
}
