package dev.alluxiok8s.render.output;

import java.nio.file.Path;

/** Something other than a folder (a file, a symbolic link, a device) sits at the target path. */
public final class NotAFolderException extends OutputException {

  NotAFolderException(Path target) {
    super(
        target,
        target + " exists and is not a folder; remove it or choose another output folder",
        null);
  }
}
