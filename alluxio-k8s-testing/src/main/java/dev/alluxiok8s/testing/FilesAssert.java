package dev.alluxiok8s.testing;

import java.nio.file.Path;
import java.util.SortedMap;

/** Golden-folder assertions on rendered files; see {@link GoldenAssertions}. */
public final class FilesAssert extends AbstractGoldenAssert<FilesAssert, SortedMap<String, String>> {

  FilesAssert(SortedMap<String, String> actual) {
    super(actual, FilesAssert.class);
  }

  /** The files equal those of {@code folder} (hidden files there are ignored). */
  public FilesAssert matchesGoldenFolder(Path folder) {
    isNotNull();
    goldens.checkFolder(folder, actual);
    return this;
  }
}
