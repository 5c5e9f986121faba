package dev.alluxiok8s.cli;

import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.batch.BatchRender;
import dev.alluxiok8s.render.batch.BatchRender.Folders;
import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.render.output.AtomicFolderWriter;
import dev.alluxiok8s.render.output.OutputException;
import dev.alluxiok8s.render.output.Overwrite;
import dev.alluxiok8s.schema.file.SpecDocument;
import dev.alluxiok8s.schema.file.SpecException;
import dev.alluxiok8s.schema.file.SpecReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code render A.yaml B.yaml ... -o DIR}: many clusters in one JVM, each into {@code
 * DIR/<metadata.name>/} with exactly the files rendering it alone gives ({@link BatchRender},
 * {@link Folders#PER_CLUSTER}). Every spec is read and rendered before anything is written, so one
 * run reports the problems of every file, each at its own file and line; then {@code DIR} is
 * written as a whole, or not at all, like a single render.
 */
final class BatchRendering {

  private final ManifestRenderer renderer;
  private final Layout layout;
  private final Diagnostics diagnostics;

  BatchRendering(ManifestRenderer renderer, Layout layout, Diagnostics diagnostics) {
    this.renderer = renderer;
    this.layout = layout;
    this.diagnostics = diagnostics;
  }

  /** Renders {@code specFiles} into {@code output}; answers the exit code. */
  int run(List<Path> specFiles, Path output, Overwrite overwrite) {
    SpecReader reader = SpecReader.create();
    List<BatchRender.Input> inputs = new ArrayList<>();
    boolean unreadable = false;
    for (Path specFile : specFiles) {
      try {
        SpecDocument document = reader.readDocument(specFile);
        inputs.add(new BatchRender.Input(specFile.toString(), document.cluster(), document::locate));
      } catch (SpecException e) {
        diagnostics.print(e);
        unreadable = true;
      } catch (IOException e) {
        diagnostics.error(specFile.toString(), IoMessages.describe(e));
        unreadable = true;
      }
    }
    BatchRender.Outcome outcome = new BatchRender(renderer, layout, Folders.PER_CLUSTER).render(inputs);
    // Reports and clashes in spec order, as the files were given.
    for (String source : specFiles.stream().map(Path::toString).distinct().toList()) {
      outcome.rendered().stream().filter(r -> r.input().source().equals(source))
          .forEach(r -> diagnostics.print(r.report(), source));
      outcome.clashes().stream().filter(c -> c.second().equals(source)).forEach(c -> diagnostics.error(source,
          "renders into " + c.path() + " like " + c.first() + "; clusters rendered together need different metadata.name values"));
    }
    if (unreadable || !outcome.clashes().isEmpty()) {
      return ExitCodes.USAGE;
    }
    if (outcome.anyInvalid()) {
      return ExitCodes.INVALID;
    }
    try {
      new AtomicFolderWriter().write(output, outcome.files(), overwrite);
    } catch (OutputException e) {
      diagnostics.output(e);
      return ExitCodes.USAGE;
    }
    // Only with --allow-invalid can a rendered cluster still carry errors: written, and exit 1.
    return outcome.anyErrors() ? ExitCodes.INVALID : ExitCodes.OK;
  }
}
