package dev.alluxiok8s.maven;

import dev.alluxiok8s.schema.file.SpecDocument;
import dev.alluxiok8s.schema.file.SpecException;
import dev.alluxiok8s.schema.file.SpecReader;
import dev.alluxiok8s.schema.overlay.LayeredSpec;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that read spec files ({@code render}, {@code validate}): each of their {@code
 * <specFiles>} with the {@code <overlays>} and {@code <sets>} of the environment, every problem
 * logged at the file (or {@code --set PATH=VALUE}) that gave the value.
 */
public abstract class AbstractSpecReadingMojo extends AbstractAlluxioK8sMojo {

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

}
