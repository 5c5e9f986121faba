package dev.alluxiok8s.render.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The file system operations {@link AtomicFolderWriter} is built from. A seam so that tests can
 * make any single step fail and check that the previous folder survives.
 */
interface FileSteps {

  void createDirectories(Path folder) throws IOException;

  /** Creates a new, empty, uniquely named folder in {@code parent}. */
  Path createTempFolder(Path parent, String prefix) throws IOException;

  /** Writes {@code content} as UTF-8, creating or truncating the file. */
  void writeFile(Path file, String content) throws IOException;

  /** Renames {@code from} to {@code to} (which must not exist), atomically where supported. */
  void rename(Path from, Path to) throws IOException;

  /** Deletes {@code folder} and everything in it, without following symbolic links. */
  void deleteTree(Path folder) throws IOException;
}
