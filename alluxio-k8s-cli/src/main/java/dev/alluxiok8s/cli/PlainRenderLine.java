package dev.alluxiok8s.cli;

import dev.alluxiok8s.render.layout.Layout;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The plain forms of {@code render}, read without picocli: building picocli's command model by
 * reflection is the largest single part of a cold start (bench/README.md), and these forms are what
 * CI jobs and hooks run, once per cluster per change.
 *
 * <pre>{@code
 * alluxio-k8s render alluxio.yaml
 * alluxio-k8s render alluxio.yaml -o deploy --layout kubectl
 * alluxio-k8s render a.yaml b.yaml --output deploy
 * }</pre>
 *
 * <p>That is: {@code render}, then spec files, {@code -o DIR} or {@code --output DIR} at most once,
 * and {@code --layout ID} of a known layout at most once, as separate words in any order. Any
 * other line is declined ({@link Optional#empty()}) and goes to picocli unchanged, so every help
 * text, error message and exit code stays picocli's: other commands, help and version, every other
 * option, {@code -} for standard input, {@code --}, {@code @argument-files}, attached values
 * ({@code -oDIR}, {@code --output=DIR}), a repeated option, a value that starts with {@code -}, and
 * a line with no spec at all. Where it accepts a line, the options equal those picocli would set
 * ({@code PlainRenderLineTest} compares the two over the usual lines and generated ones).
 */
final class PlainRenderLine {

  private PlainRenderLine() {}

  /** The render command {@code args} describes, when it is a plain form; else empty, for picocli. */
  static Optional<RenderCommand> parse(String[] args) {
    if (args.length < 2 || !args[0].equals("render")) {
      return Optional.empty();
    }
    try {
      return parseRender(args);
    } catch (InvalidPathException e) {
      // picocli reports a word that is no path here (NUL on Unix) with its own message.
      return Optional.empty();
    }
  }

  private static Optional<RenderCommand> parseRender(String[] args) {
    RenderCommand render = new RenderCommand();
    boolean layoutGiven = false;
    for (int i = 1; i < args.length; i++) {
      String word = args[i];
      if (word.equals("-o") || word.equals("--output")) {
        if (render.output != null || i + 1 == args.length || !isPlainWord(args[i + 1])) {
          return Optional.empty();
        }
        render.output = Path.of(args[++i]);
      } else if (word.equals("--layout")) {
        Optional<Layout> layout = i + 1 < args.length ? Layout.byId(args[i + 1]) : Optional.empty();
        if (layoutGiven || layout.isEmpty()) {
          return Optional.empty();
        }
        render.layout = layout.get();
        layoutGiven = true;
        i++;
      } else if (isPlainWord(word)) {
        render.specFiles.add(Path.of(word));
      } else {
        return Optional.empty();
      }
    }
    return render.specFiles.isEmpty() ? Optional.empty() : Optional.of(render);
  }

  /**
   * A word picocli takes as a value wherever it stands: not empty, not an option, {@code -} or
   * {@code --} (all start with a dash), not an argument file ({@code @FILE}, which picocli expands).
   */
  private static boolean isPlainWord(String word) {
    return !word.isEmpty() && word.charAt(0) != '-' && word.charAt(0) != '@';
  }
}
