package dev.alluxiok8s.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Short, stack-trace-free wording of file errors; the caller prints the file name first. */
final class IoMessages {

  private IoMessages() {}

  /**
   * The file an error is about: the one the exception names (an overlay that cannot be read), else
   * {@code given}.
   */
  static String fileOf(IOException e, String given) {
    return e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : given;
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return "cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }
}
