package dev.alluxiok8s.maven;

import dev.alluxiok8s.render.validation.ExternalObjects;
import dev.alluxiok8s.schema.file.SpecDocument;
import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.ValidationReport;
import dev.alluxiok8s.validation.bundle.ExternalReference;
import dev.alluxiok8s.validation.manifest.Manifest;
import dev.alluxiok8s.validation.manifest.ManifestParseException;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates Kubernetes manifests offline and fails the build on errors, listing every finding as
 * {@code [ERROR] FILE:LINE:COL: error: Kind/name: path: message [RULE]}. By default it checks the
 * output of the {@code render} goal; {@code <manifestDirectories>} checks any other folders or files.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ValidateMojo extends AbstractSpecReadingMojo {

  /** Folders or files of manifests; by default the rendered {@code <outputDirectory>/<layout>}. */
  @Parameter(property = "alluxio-k8s.manifestDirectories")
  private List<File> manifestDirectories = new ArrayList<>();

  /**
   * Objects the manifests may refer to without containing them, as {@code Kind/name}, for example
   * {@code Secret/s3-credentials}.
   */
  @Parameter
  private List<String> externalReferences = new ArrayList<>();

  /** Spec files whose Secrets and claims are created outside the manifests (declared external). */
  @Parameter(property = "alluxio-k8s.specFiles")
  private List<File> specFiles = new ArrayList<>();

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping alluxio-k8s:validate (alluxio-k8s.skip is set)");
      return;
    }
    KubernetesValidator.Builder validator = KubernetesValidator.builder().kubernetesVersion(kubernetesVersion());
    validator.externalReferences(externalReferences());
    for (SpecDocument document : readSpecs(specFiles).values()) {
      validator.externalReferences(ExternalObjects.of(document.cluster().spec()));
    }
    List<File> inputs = manifestDirectories.isEmpty() ? List.of(renderedDirectory(layout())) : manifestDirectories;
    List<Manifest> manifests = read(inputs);
    ValidationReport report = validator.build().validate(manifests);
    log(report, "");
    if (report.hasErrors()) {
      throw new MojoFailureException(report.errors().size() + " validation error(s) in " + inputs
          + "; see the errors above");
    }
    getLog().info("Validated " + manifests.size() + " object(s): " + report.warnings().size() + " warning(s)");
  }

  private Set<ExternalReference> externalReferences() throws MojoExecutionException {
    Set<ExternalReference> references = new LinkedHashSet<>();
    for (String text : externalReferences) {
      try {
        references.add(ExternalReference.parse(text));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("<externalReferences>: " + e.getMessage(), e);
      }
    }
    return references;
  }

  private List<Manifest> read(List<File> inputs) throws MojoExecutionException, MojoFailureException {
    List<Manifest> manifests = new ArrayList<>();
    int broken = 0;
    for (File input : inputs) {
      if (!input.exists()) {
        throw new MojoExecutionException(input + " does not exist; check <manifestDirectories>, or run the render"
            + " goal before validate");
      }
      try {
        manifests.addAll(Manifests.read(input.toPath()));
      } catch (ManifestParseException e) {
        log(e.diagnostics(), "");
        broken++;
      } catch (IOException e) {
        throw new MojoExecutionException(input + " cannot be read: " + e.getMessage(), e);
      }
    }
    if (broken > 0) {
      throw new MojoFailureException(broken + " manifest file(s) could not be read; see the errors above");
    }
    return manifests;
  }
}
