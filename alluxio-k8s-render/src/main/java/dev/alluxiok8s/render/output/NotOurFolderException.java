package dev.alluxiok8s.render.output;

import java.nio.file.Path;

/** The target folder has content but no alluxio-k8s marker, so replacing it could destroy data. */
public final class NotOurFolderException extends OutputException {

  NotOurFolderException(Path folder) {
    super(
        folder,
        folder + " is not empty and was not written by alluxio-k8s (it has no "
            + FolderMarker.FILE_NAME + " file); pass overwrite to replace it",
        null);
  }
}
