package dev.alluxiok8s.render.yaml;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Golden files beside the tests: discovery, reading, and comparison with a readable diff. */
final class Golden {

  static final String FOLDER = "/dev/alluxiok8s/render/yaml/";

  private Golden() {}

  /** The base names of every {@code *.input} golden file, sorted. */
  static Stream<String> inputNames() {
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".input"))
          .map(n -> n.substring(0, n.length() - ".input".length()))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(String fileName) {
    try {
      return Files.readString(folder().resolve(fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails with a line diff (expected {@code -}, actual {@code +}) unless the texts are equal. */
  static void assertMatches(String outputFileName, String actual) {
    String expected = read(outputFileName);
    if (!expected.equals(actual)) {
      fail(
          "%s differs from the output (- expected, + actual):%n%s",
          outputFileName, LineDiff.of(expected, actual));
    }
  }

  private static Path folder() {
    URL url = Golden.class.getResource(FOLDER);
    if (url == null) {
      throw new IllegalStateException(FOLDER + " is not on the test classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A minimal line diff (longest common subsequence), enough to spot a golden mismatch. */
  static final class LineDiff {

    private LineDiff() {}

    static String of(String expected, String actual) {
      List<String> a = expected.lines().toList();
      List<String> b = actual.lines().toList();
      int[][] lcs = new int[a.size() + 1][b.size() + 1];
      for (int i = a.size() - 1; i >= 0; i--) {
        for (int j = b.size() - 1; j >= 0; j--) {
          lcs[i][j] =
              a.get(i).equals(b.get(j))
                  ? lcs[i + 1][j + 1] + 1
                  : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
      }
      StringBuilder diff = new StringBuilder();
      int i = 0;
      int j = 0;
      while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
          diff.append("  ").append(a.get(i++)).append('\n');
          j++;
        } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
          diff.append("+ ").append(b.get(j++)).append('\n');
        } else {
          diff.append("- ").append(a.get(i++)).append('\n');
        }
      }
      if (diff.indexOf("\n+ ") < 0 && diff.indexOf("\n- ") < 0 && !diff.toString().startsWith("+")
          && !diff.toString().startsWith("-")) {
        diff.append("(the lines agree; the texts differ in line endings or the final newline)\n");
      }
      return diff.toString();
    }
  }
}
