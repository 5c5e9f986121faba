package dev.alluxiok8s.render.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;

/** {@link FileSteps} on the real file system through {@code java.nio.file}. */
final class NioFileSteps implements FileSteps {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public void createDirectories(Path folder) throws IOException {
    Files.createDirectories(folder);
  }

  @Override
  public Path createTempFolder(Path parent, String prefix) throws IOException {
    // Not Files.createTempDirectory: it makes the folder drwx------ whatever the umask, and this
    // folder becomes the user's output folder. createDirectory applies the umask like mkdir(1); the
    // name is still unguessable, and creation fails rather than reuse a folder that exists.
    for (int attempt = 0; ; attempt++) {
      Path candidate = parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
      try {
        return Files.createDirectory(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 99) {
          throw e;
        }
      }
    }
  }

  @Override
  public void writeFile(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  @Override
  public void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // Both paths share a parent, so a plain move is still a rename, only without the guarantee.
      Files.move(from, to);
    }
  }

  @Override
  public void deleteTree(Path folder) throws IOException {
    // walkFileTree does not follow symbolic links by default: a link is deleted, not its target.
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
