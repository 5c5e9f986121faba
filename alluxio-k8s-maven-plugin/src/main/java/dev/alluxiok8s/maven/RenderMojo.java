package dev.alluxiok8s.maven;

import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.batch.BatchRender;
import dev.alluxiok8s.render.batch.BatchRender.Folders;
import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.render.output.AtomicFolderWriter;
import dev.alluxiok8s.render.output.NotOurFolderException;
import dev.alluxiok8s.render.output.OutputException;
import dev.alluxiok8s.render.output.Overwrite;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Renders spec files into validated manifests in {@code <outputDirectory>/<layout>} (by default
 * {@code target/alluxio-k8s/kubectl}), written atomically, and adds that folder to the build's
 * resources (under {@code alluxio-k8s/<layout>/}) so the manifests ship with the artifact, unless
 * {@code <includeInArtifact>false</includeInArtifact>}.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.alluxiok8s</groupId>
 *   <artifactId>alluxio-k8s-maven-plugin</artifactId>
 *   <version>0.1.0</version>
 *   <executions>
 *     <execution>
 *       <goals><goal>render</goal></goals>
 *       <configuration>
 *         <specFiles><specFile>src/main/alluxio/alluxio.yaml</specFile></specFiles>
 *         <!-- optional: per-environment differences, merged over each spec -->
 *         <overlays><overlay>src/main/alluxio/prod.yaml</overlay></overlays>
 *         <sets><set>spec.masters.count=5</set></sets>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 *
 * <p>Nothing is written when any spec has errors or any rendered manifest fails validation.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class RenderMojo extends AbstractSpecReadingMojo {

  /** The cluster spec files to render; their files are written together into one folder. */
  @Parameter(property = "alluxio-k8s.specFiles", required = true)
  private List<File> specFiles;

  /**
   * Whether the manifests ship in the artifact (added to the build's resources under {@code
   * alluxio-k8s/<layout>/}). Set {@code false} when they are deployed from the output folder only,
   * and the jar should not carry them.
   */
  @Parameter(property = "alluxio-k8s.includeInArtifact", defaultValue = "true")
  private boolean includeInArtifact = true;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping alluxio-k8s:render (alluxio-k8s.skip is set)");
      return;
    }
    Layout checkedLayout = layout();
    ManifestRenderer renderer = ManifestRenderer.builder().kubernetesVersion(kubernetesVersion()).build();
    if (specFiles.isEmpty()) {
      throw new MojoExecutionException("<specFiles> is empty; list at least one spec file, for example"
          + " <specFiles><specFile>src/main/alluxio/alluxio.yaml</specFile></specFiles>");
    }
    List<BatchRender.Input> inputs = new ArrayList<>();
    readSpecs(specFiles).forEach((file, document) ->
        inputs.add(new BatchRender.Input(file.toString(), document.cluster(), document::locate)));
    BatchRender.Outcome outcome = new BatchRender(renderer, checkedLayout, Folders.MERGED).render(inputs);
    int invalid = 0;
    for (BatchRender.Rendered rendered : outcome.rendered()) {
      // Findings traced back to spec attributes are logged at their line in the spec file.
      log(rendered.report(), rendered.input().source());
      invalid += rendered.invalid() ? rendered.report().errors().size() : 0;
    }
    if (!outcome.clashes().isEmpty()) {
      BatchRender.Clash clash = outcome.clashes().get(0);
      throw new MojoFailureException("<specFiles> " + clash.first() + " and " + clash.second() + " both render "
          + clash.path() + " in the " + checkedLayout.id() + " layout; give the clusters different"
          + " metadata.name values, or render them in separate executions with their own <outputDirectory>");
    }
    if (invalid > 0) {
      throw new MojoFailureException(invalid + " validation error(s) in the manifests rendered from <specFiles>;"
          + " nothing was written (see the errors above)");
    }
    SortedMap<String, String> files = outcome.files();
    File target = renderedDirectory(checkedLayout);
    try {
      new AtomicFolderWriter().write(target.toPath(), files, Overwrite.IF_MARKED);
    } catch (NotOurFolderException e) {
      throw new MojoExecutionException("<outputDirectory>" + outputDirectory + "</outputDirectory> holds a "
          + checkedLayout.id() + " folder that alluxio-k8s did not write; choose another <outputDirectory>", e);
    } catch (OutputException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    getLog().info("Rendered " + specFiles.size() + " spec file(s) into " + target + " (" + files.size() + " file(s))");
    if (includeInArtifact) {
      addResource(target, checkedLayout);
    } else {
      getLog().info("The manifests stay out of the artifact (<includeInArtifact>false</includeInArtifact>)");
    }
  }

  /** Lets process-resources copy the manifests into the artifact, without the folder marker. */
  private void addResource(File target, Layout checkedLayout) {
    Resource resource = new Resource();
    resource.setDirectory(target.getPath());
    resource.setTargetPath("alluxio-k8s/" + checkedLayout.id());
    resource.addExclude(".alluxio-k8s");
    project.addResource(resource);
  }
}
