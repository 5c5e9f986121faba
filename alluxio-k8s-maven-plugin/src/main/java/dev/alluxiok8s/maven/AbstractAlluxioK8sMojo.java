package dev.alluxiok8s.maven;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.validation.ValidationReport;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
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
