package dev.alluxiok8s.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The Unix convention that an input file named {@code -} is the standard input, so a spec can be
 * piped: {@code envsubst < alluxio.yaml.in | alluxio-k8s render -}. Diagnostics name it
 * {@value #NAME}, as compilers do.
 */
final class StandardInput {

  /** How diagnostics name the standard input. */
  static final String NAME = "<stdin>";

  private StandardInput() {}

  static boolean isNamedBy(Path file) {
    return file != null && isNamedBy(file.toString());
  }

  static boolean isNamedBy(String argument) {
    return argument.equals("-");
  }

  /**
   * The bytes of {@code in}, at most one more than {@code limit}: a pipe has no size to check first,
   * so an endless one is cut there and the reader refuses it as too large instead of filling memory.
   */
  static byte[] readAtMost(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit + 1);
  }
}
