package dev.alluxiok8s.render.output;

import java.io.IOException;
import java.nio.file.Path;

/** Real file steps, except that one chosen call fails the way a full disk or a race would. */
final class FailingSteps implements FileSteps {

  enum Step {
    WRITE_FILE,
    RENAME
  }

  private final FileSteps real = new NioFileSteps();
  private final Step failing;
  private int callsLeft;

  /** Fails the {@code nth} (1-based) call of {@code step}. */
  FailingSteps(Step step, int nth) {
    this.failing = step;
    this.callsLeft = nth;
  }

  private void maybeFail(Step step, Path path) throws IOException {
    if (step == failing && --callsLeft == 0) {
      throw new IOException("injected failure: " + step + " " + path);
    }
  }

  @Override
  public void createDirectories(Path folder) throws IOException {
    real.createDirectories(folder);
  }

  @Override
  public Path createTempFolder(Path parent, String prefix) throws IOException {
    return real.createTempFolder(parent, prefix);
  }

  @Override
  public void writeFile(Path file, String content) throws IOException {
    maybeFail(Step.WRITE_FILE, file);
    real.writeFile(file, content);
  }

  @Override
  public void rename(Path from, Path to) throws IOException {
    maybeFail(Step.RENAME, from);
    real.rename(from, to);
  }

  @Override
  public void deleteTree(Path folder) throws IOException {
    real.deleteTree(folder);
  }
}
