package dev.alluxiok8s.render.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Writes a complete folder of files so that readers see either the old folder or the new one,
 * never a mix.
 *
 * <p>Everything is first written into a hidden temporary sibling of the target (same file system,
 * so the final step is a rename). An existing target is renamed aside, the new folder renamed into
 * place, and only then the old one deleted; if any step fails, the old folder is put back and the
 * temporary folder removed. Every folder written holds a {@code .alluxio-k8s} marker file, and an
 * existing non-empty folder without it is only replaced with {@link Overwrite#ALWAYS}.
 *
 * <pre>{@code
 * SortedMap<String, String> files = new TreeMap<>();
 * files.put("master/statefulset.yaml", yaml.write(masterStatefulSet));
 * files.put("config/configmap.yaml", yaml.write(configMap));
 * new AtomicFolderWriter().write(Path.of("build/alluxio"), files, Overwrite.IF_MARKED);
 * }</pre>
 *
 * <p>File contents are written as UTF-8, exactly as given.
 */
public final class AtomicFolderWriter {

  private final FileSteps steps;

  /** A writer on the default file system. */
  public AtomicFolderWriter() {
    this(new NioFileSteps());
  }

  AtomicFolderWriter(FileSteps steps) {
    this.steps = steps;
  }

  /**
   * Replaces (or creates) {@code target} with a folder holding exactly {@code files} and the
   * marker.
   *
   * @param target the folder to produce; its parent folders are created if needed
   * @param files relative paths with {@code /} separators mapped to file contents
   * @param overwrite whether an existing folder without the marker may be replaced
   * @throws UnsafePathException a relative path is absolute, empty, or contains {@code .} or
   *     {@code ..}
   * @throws NotAFolderException a file or symbolic link sits at {@code target}
   * @throws NotOurFolderException {@code target} is non-empty, unmarked, and {@code overwrite} is
   *     {@link Overwrite#IF_MARKED}
   * @throws WriteFailedException the file system refused a step; nothing at {@code target} changed
   */
  public void write(Path target, SortedMap<String, String> files, Overwrite overwrite)
      throws OutputException {
    Path folder = target.toAbsolutePath().normalize();
    Path parent = folder.getParent();
    if (parent == null) {
      throw new NotAFolderException(folder);
    }
    // Checked before anything is written: a bad name must not cost a half-done temp folder.
    Map<String, String> checked = new LinkedHashMap<>(files);
    for (Map.Entry<String, String> file : checked.entrySet()) {
      RelativePaths.check(folder, file.getKey());
      Objects.requireNonNull(file.getValue(), () -> "no content given for " + file.getKey());
    }
    boolean exists = Files.exists(folder, LinkOption.NOFOLLOW_LINKS);
    if (exists) {
      checkReplaceable(folder, overwrite);
    }
    String name = folder.getFileName().toString();
    Path temp = createTemp(folder, parent, "." + name + ".tmp-");
    boolean moved = false;
    try {
      fill(temp, checked);
      if (exists) {
        swap(folder, parent, temp, name);
      } else {
        steps.rename(temp, folder);
      }
      moved = true;
    } catch (IOException e) {
      throw new WriteFailedException(folder, "writing and moving the new folder into place", e);
    } finally {
      if (!moved) {
        deleteQuietly(temp);
      }
    }
  }

  private void checkReplaceable(Path folder, Overwrite overwrite) throws OutputException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      throw new NotAFolderException(folder);
    }
    if (overwrite == Overwrite.ALWAYS || FolderMarker.isIn(folder)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      if (entries.iterator().hasNext()) {
        throw new NotOurFolderException(folder);
      }
    } catch (IOException e) {
      throw new WriteFailedException(folder, "listing the existing folder", e);
    }
  }

  private Path createTemp(Path folder, Path parent, String prefix) throws WriteFailedException {
    try {
      steps.createDirectories(parent);
      return steps.createTempFolder(parent, prefix);
    } catch (IOException e) {
      throw new WriteFailedException(folder, "creating a temporary folder in " + parent, e);
    }
  }

  private void fill(Path temp, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = RelativePaths.resolve(temp, file.getKey());
      steps.createDirectories(path.getParent());
      steps.writeFile(path, file.getValue());
    }
    steps.writeFile(temp.resolve(FolderMarker.FILE_NAME), FolderMarker.CONTENT);
  }

  /** Old folder aside, new folder in, old folder gone; on failure the old folder goes back. */
  private void swap(Path folder, Path parent, Path temp, String name) throws IOException {
    Path aside = steps.createTempFolder(parent, "." + name + ".old-");
    // Only the unique name is wanted; renaming onto an existing folder is not portable.
    steps.deleteTree(aside);
    steps.rename(folder, aside);
    try {
      steps.rename(temp, folder);
    } catch (IOException e) {
      try {
        steps.rename(aside, folder);
      } catch (IOException restore) {
        e.addSuppressed(restore);
      }
      throw e;
    }
    // The new folder is in place and complete; a leftover hidden ".old-" folder is untidy but
    // harmless, and reporting it as a failed write would be false.
    deleteQuietly(aside);
  }

  private void deleteQuietly(Path folder) {
    try {
      if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
        steps.deleteTree(folder);
      }
    } catch (IOException e) {
      // Best effort: the caller's failure (or success) is what matters, not the cleanup's.
    }
  }
}
