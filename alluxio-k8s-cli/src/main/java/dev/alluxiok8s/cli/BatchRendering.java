package dev.alluxiok8s.cli;

import dev.alluxiok8s.render.InvalidManifestsException;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.render.output.AtomicFolderWriter;
import dev.alluxiok8s.render.output.OutputException;
import dev.alluxiok8s.render.output.Overwrite;
import dev.alluxiok8s.schema.file.SpecDocument;
import dev.alluxiok8s.schema.file.SpecException;
import dev.alluxiok8s.schema.file.SpecReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code render A.yaml B.yaml ... -o DIR}: many clusters in one JVM, each into {@code
 * DIR/<metadata.name>/} with exactly the files rendering it alone gives. Every spec is read and
 * rendered before anything is written, so one run reports the problems of every file, each at its
 * own file and line; then {@code DIR} is written as a whole, or not at all, like a single render.
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
    SortedMap<String, String> files = new TreeMap<>();
    Map<String, Path> folderOwner = new HashMap<>();
    boolean unreadable = false;
    boolean invalid = false;
    boolean producedWithErrors = false;
    for (Path specFile : specFiles) {
      String source = specFile.toString();
      SpecDocument document;
      try {
        document = reader.readDocument(specFile);
      } catch (SpecException e) {
        diagnostics.print(e);
        unreadable = true;
        continue;
      } catch (IOException e) {
        diagnostics.error(source, IoMessages.describe(e));
        unreadable = true;
        continue;
      }
      String folder = document.cluster().metadata().name();
      Path other = folderOwner.putIfAbsent(folder, specFile);
      if (other != null) {
        // Cluster names are DNS labels (checked by the model), so they are safe folder names; two
        // specs naming the same cluster would write one folder twice.
        diagnostics.error(source, "renders into " + folder + "/ like " + other
            + "; clusters rendered together need different metadata.name values");
        unreadable = true;
        continue;
      }
      RenderResult result;
      try {
        result = renderer.render(document.cluster());
      } catch (InvalidManifestsException e) {
        diagnostics.print(e.report().map(document::locate), source);
        invalid = true;
        continue;
      }
      diagnostics.print(result.report().map(document::locate), source);
      producedWithErrors |= result.report().hasErrors();
      result.files(layout).forEach((file, content) -> files.put(folder + "/" + file, content));
    }
    if (unreadable) {
      return ExitCodes.USAGE;
    }
    if (invalid) {
      return ExitCodes.INVALID;
    }
    try {
      new AtomicFolderWriter().write(output, files, overwrite);
    } catch (OutputException e) {
      diagnostics.output(e);
      return ExitCodes.USAGE;
    }
    // Only with --allow-invalid can a rendered cluster still carry errors: written, and exit 1.
    return producedWithErrors ? ExitCodes.INVALID : ExitCodes.OK;
  }
}
