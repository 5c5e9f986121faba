package dev.alluxiok8s.render.output;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The file that says "alluxio-k8s wrote this folder and may replace it". Its text is fixed
 * (nothing time- or version-dependent) so that rendering twice gives identical folders.
 */
final class FolderMarker {

  static final String FILE_NAME = ".alluxio-k8s";

  static final String CONTENT =
      "This folder is written by alluxio-k8s and replaced as a whole on every render.\n";

  private FolderMarker() {}

  static boolean isIn(Path folder) {
    return Files.isRegularFile(folder.resolve(FILE_NAME), LinkOption.NOFOLLOW_LINKS);
  }
}
