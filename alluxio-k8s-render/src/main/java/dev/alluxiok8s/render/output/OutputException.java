package dev.alluxiok8s.render.output;

import java.nio.file.Path;

/**
 * Writing the rendered folder failed; nothing at the target was changed. Subclasses say why, and
 * every one names the folder (or file) concerned.
 */
public abstract class OutputException extends Exception {

  private final Path path;

  OutputException(Path path, String message, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /** The folder or file the problem is about. */
  public Path path() {
    return path;
  }
}
