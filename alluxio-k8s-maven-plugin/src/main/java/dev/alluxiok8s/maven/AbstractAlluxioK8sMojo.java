package dev.alluxiok8s.maven;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.schema.file.SpecException;
import dev.alluxiok8s.schema.file.SpecProblem;
import dev.alluxiok8s.schema.file.SpecReader;
import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.validation.ValidationReport;
import dev.alluxiok8s.validation.finding.Finding;
import dev.alluxiok8s.validation.finding.FindingFormat;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What both goals share: the parameters that say where the output is and which Kubernetes rules
 * apply, and the wording of the core's problems in POM vocabulary ({@code <layout>}, {@code
 * <specFiles>}), Maven-style ({@code [ERROR] FILE:LINE:COL: error: ...}).
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
   * Reads every spec file, logging every problem of every file before failing.
   *
   * @return each file (as configured) with its cluster, in configuration order
   */
  protected Map<File, AlluxioCluster> readSpecs(List<File> specFiles) throws MojoFailureException {
    Map<File, AlluxioCluster> clusters = new LinkedHashMap<>();
    int problems = 0;
    for (File file : specFiles) {
      try {
        clusters.put(file, SpecReader.create().read(file.toPath()));
      } catch (SpecException e) {
        for (SpecProblem problem : e.problems()) {
          getLog().error(problem.format());
          problems++;
        }
      } catch (IOException e) {
        getLog().error(file + ": error: " + (e instanceof NoSuchFileException
            ? "no such file; check <specFiles>" : "cannot be read: " + e.getMessage()));
        problems++;
      }
    }
    if (problems > 0) {
      throw new MojoFailureException(problems + " problem(s) in <specFiles>; see the errors above");
    }
    return clusters;
  }

  /**
   * Logs the errors and warnings of {@code report}, each with its hint.
   *
   * @param fallbackSource the file to name for findings without a location
   * @param hintWording rewrites the core's hints into POM vocabulary
   */
  protected void log(ValidationReport report, String fallbackSource, Function<Finding, String> hintWording) {
    for (Finding finding : report.findings()) {
      String hint = hintWording.apply(finding);
      if (finding.severity() == Severity.ERROR) {
        getLog().error(FindingFormat.line(finding, fallbackSource));
        if (!hint.isEmpty()) {
          getLog().error("  hint: " + hint);
        }
      } else if (finding.severity() == Severity.WARNING) {
        getLog().warn(FindingFormat.line(finding, fallbackSource));
        if (!hint.isEmpty()) {
          getLog().warn("  hint: " + hint);
        }
      }
    }
  }
}
