package dev.alluxiok8s.render.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicFolderWriterTest {

  @TempDir Path parent;

  private final AtomicFolderWriter writer = new AtomicFolderWriter();

  @Test
  void writesTheFilesAndTheMarker() throws Exception {
    Path target = parent.resolve("out");

    writer.write(target, files("master/statefulset.yaml", "kind: StatefulSet\n", "notes.txt", "ünïcode\n"),
        Overwrite.IF_MARKED);

    assertThat(tree(target))
        .containsExactly(".alluxio-k8s", "master/", "master/statefulset.yaml", "notes.txt");
    assertThat(Files.readString(target.resolve("master/statefulset.yaml"))).isEqualTo("kind: StatefulSet\n");
    assertThat(Files.readAllBytes(target.resolve("notes.txt")))
        .isEqualTo("ünïcode\n".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(target.resolve(".alluxio-k8s")))
        .isEqualTo("This folder is written by alluxio-k8s and replaced as a whole on every render.\n");
    assertThat(tree(parent)).allMatch(p -> p.startsWith("out/"));
  }

  @Test
  void theOutputFolderHonoursTheUmaskLikeItsSubfolders() throws Exception {
    assumeTrue(parent.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Path target = parent.resolve("out");
    // What mkdir gives under this process's umask, whatever it is (022 on most machines: rwxr-xr-x).
    Path plain = Files.createDirectory(parent.resolve("plain"));

    writer.write(target, files("master/statefulset.yaml", "kind: StatefulSet\n"), Overwrite.IF_MARKED);

    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain))
        .isEqualTo(Files.getPosixFilePermissions(target.resolve("master")));
  }

  @Test
  void createsMissingParentFolders() throws Exception {
    Path target = parent.resolve("a/b/out");

    writer.write(target, files("x.yaml", "x: 1\n"), Overwrite.IF_MARKED);

    assertThat(target.resolve("x.yaml")).hasContent("x: 1");
  }

  @Test
  void replacesAFolderItWroteBefore() throws Exception {
    Path target = parent.resolve("out");
    writer.write(target, files("old.yaml", "old\n", "keep/same.yaml", "v1\n"), Overwrite.IF_MARKED);

    writer.write(target, files("keep/same.yaml", "v2\n"), Overwrite.IF_MARKED);

    assertThat(tree(target)).containsExactly(".alluxio-k8s", "keep/", "keep/same.yaml");
    assertThat(target.resolve("keep/same.yaml")).hasContent("v2");
    assertThat(siblings()).containsExactly("out");
  }

  @Test
  void refusesToReplaceAFolderItDidNotWrite() throws Exception {
    Path target = Files.createDirectory(parent.resolve("home"));
    Files.writeString(target.resolve("thesis.tex"), "years of work");

    assertThatThrownBy(() -> writer.write(target, files("x.yaml", "x\n"), Overwrite.IF_MARKED))
        .isInstanceOf(NotOurFolderException.class)
        .hasMessage(target + " is not empty and was not written by alluxio-k8s (it has no"
            + " .alluxio-k8s file); pass overwrite to replace it");
    assertThat(tree(target)).containsExactly("thesis.tex");
    assertThat(siblings()).containsExactly("home");
  }

  @Test
  void replacesAFolderItDidNotWriteWhenToldToOverwrite() throws Exception {
    Path target = Files.createDirectory(parent.resolve("out"));
    Files.writeString(target.resolve("stale.yaml"), "stale");

    writer.write(target, files("x.yaml", "x\n"), Overwrite.ALWAYS);

    assertThat(tree(target)).containsExactly(".alluxio-k8s", "x.yaml");
  }

  @Test
  void takesOverAnEmptyFolder() throws Exception {
    Path target = Files.createDirectory(parent.resolve("out"));

    writer.write(target, files("x.yaml", "x\n"), Overwrite.IF_MARKED);

    assertThat(tree(target)).containsExactly(".alluxio-k8s", "x.yaml");
  }

  @Test
  void refusesAFileAtTheTarget() throws Exception {
    Path target = Files.writeString(parent.resolve("out"), "a file");

    assertThatThrownBy(() -> writer.write(target, files("x.yaml", "x\n"), Overwrite.ALWAYS))
        .isInstanceOf(NotAFolderException.class)
        .hasMessageContaining(target + " exists and is not a folder");
    assertThat(target).hasContent("a file");
  }

  @Test
  void refusesASymbolicLinkAtTheTarget() throws Exception {
    Path real = Files.createDirectory(parent.resolve("real"));
    Files.writeString(real.resolve(".alluxio-k8s"), "marker");
    Path link = Files.createSymbolicLink(parent.resolve("out"), real);

    assertThatThrownBy(() -> writer.write(link, files("x.yaml", "x\n"), Overwrite.ALWAYS))
        .isInstanceOf(NotAFolderException.class);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"../escape.yaml", "a/../../b", "/etc/passwd", "a//b", "./a", "a/", "", "a\\b",
          "C:/x", ".alluxio-k8s"})
  void refusesPathsThatLeaveTheFolderOrAreNotPlainRelativePaths(String bad) throws Exception {
    Path target = parent.resolve("out");
    SortedMap<String, String> files = files("good.yaml", "x\n");
    files.put(bad, "evil\n");

    assertThatThrownBy(() -> writer.write(target, files, Overwrite.ALWAYS))
        .isInstanceOfSatisfying(
            UnsafePathException.class, e -> assertThat(e.relativePath()).isEqualTo(bad))
        .hasMessageContaining("cannot write \"" + bad + "\" into " + target);
    assertThat(siblings()).isEmpty();
  }

  @Test
  void aFailedWriteLeavesTheOldFolderAndNoTemporaryFolder() throws Exception {
    Path target = parent.resolve("out");
    writer.write(target, files("a.yaml", "old a\n", "b.yaml", "old b\n"), Overwrite.IF_MARKED);
    AtomicFolderWriter failing =
        new AtomicFolderWriter(new FailingSteps(FailingSteps.Step.WRITE_FILE, 2));

    assertThatThrownBy(
            () -> failing.write(target, files("a.yaml", "new a\n", "b.yaml", "new b\n"), Overwrite.IF_MARKED))
        .isInstanceOf(WriteFailedException.class)
        .hasMessageContaining("could not write " + target)
        .hasMessageContaining("injected failure")
        .hasCauseInstanceOf(IOException.class);
    assertThat(target.resolve("a.yaml")).hasContent("old a");
    assertThat(target.resolve("b.yaml")).hasContent("old b");
    assertThat(siblings()).containsExactly("out");
  }

  @Test
  void aFailedSwapPutsTheOldFolderBack() throws Exception {
    Path target = parent.resolve("out");
    writer.write(target, files("a.yaml", "old\n"), Overwrite.IF_MARKED);
    // Rename 1 moves the old folder aside; rename 2, the new folder into place, fails.
    AtomicFolderWriter failing =
        new AtomicFolderWriter(new FailingSteps(FailingSteps.Step.RENAME, 2));

    assertThatThrownBy(() -> failing.write(target, files("a.yaml", "new\n"), Overwrite.IF_MARKED))
        .isInstanceOf(WriteFailedException.class);
    assertThat(target.resolve("a.yaml")).hasContent("old");
    assertThat(siblings()).containsExactly("out");
  }

  @Test
  void aFailedFirstWriteLeavesNothingBehind() throws Exception {
    Path target = parent.resolve("out");
    AtomicFolderWriter failing =
        new AtomicFolderWriter(new FailingSteps(FailingSteps.Step.RENAME, 1));

    assertThatThrownBy(() -> failing.write(target, files("a.yaml", "new\n"), Overwrite.IF_MARKED))
        .isInstanceOf(WriteFailedException.class);
    assertThat(siblings()).isEmpty();
  }

  @Test
  void aFileAndAFolderOfTheSameNameFailCleanly() throws Exception {
    Path target = parent.resolve("out");

    assertThatThrownBy(() -> writer.write(target, files("a", "file\n", "a/b", "child\n"), Overwrite.IF_MARKED))
        .isInstanceOf(WriteFailedException.class);
    assertThat(siblings()).isEmpty();
  }

  @Test
  void refusesMissingContentBeforeWritingAnything() {
    SortedMap<String, String> files = files("a.yaml", "a\n");
    files.put("b.yaml", null);

    assertThatThrownBy(() -> writer.write(parent.resolve("out"), files, Overwrite.IF_MARKED))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("no content given for b.yaml");
    assertThat(parent).isEmptyDirectory();
  }

  private static SortedMap<String, String> files(String... pathsAndContents) {
    SortedMap<String, String> files = new TreeMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], pathsAndContents[i + 1]);
    }
    return files;
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> children = Files.list(parent)) {
      return children.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Every entry under {@code root}, relative, with {@code /} and a trailing {@code /} on folders. */
  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> !p.equals(root))
          .map(p -> root.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : ""))
          .sorted()
          .toList();
    }
  }
}
