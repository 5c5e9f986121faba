package dev.alluxiok8s.testing.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code on the docs site's pages is copied from tests that compile and run, never typed into the
 * page: a fenced block right after {@code <!-- snippet: PATH#TAG -->} must equal the lines between
 * {@code // tag::TAG[]} and {@code // end::TAG[]} of the file at PATH (relative to the repository),
 * dedented. Run with {@code -Dalluxio.k8s.golden.update=true} to copy the code onto the pages.
 */
class DocSnippetsTest {

  private static final Path REPO = Path.of(System.getProperty("alluxio.k8s.repo", ".."));
  private static final Path PAGES = REPO.resolve("src/site/markdown");
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->\n```(\\w*)\n(.*?)```\n", Pattern.DOTALL);

  @Test
  void everySnippetOnThePagesIsTheCodeOfItsTest() throws IOException {
    for (Path page : pages()) {
      String text = Files.readString(page, StandardCharsets.UTF_8);
      String expected = withSnippetsFromSources(text);
      if (Boolean.getBoolean("alluxio.k8s.golden.update")) {
        Files.writeString(page, expected, StandardCharsets.UTF_8);
      }
      assertThat(Files.readString(page, StandardCharsets.UTF_8))
          .as("%s: a snippet differs from its source; rerun with -Dalluxio.k8s.golden.update=true", page)
          .isEqualTo(expected);
    }
  }

  /** The pages of the worked examples keep them: a removed marker would leave code nothing runs. */
  @Test
  void theCustomizationAndGoldenFilePagesTakeTheirExamplesFromTests() throws IOException {
    assertThat(Files.readString(PAGES.resolve("customization.md"), StandardCharsets.UTF_8))
        .contains("CustomizationExampleTest.java#customization -->");
    assertThat(Files.readString(PAGES.resolve("golden-files.md"), StandardCharsets.UTF_8))
        .contains("CustomizationExampleTest.java#golden -->");
  }

  @Test
  void aMissingTagIsAnError() {
    String page = "<!-- snippet: alluxio-k8s-testing/src/test/java/dev/alluxiok8s/testing/docs/"
        + "CustomizationExampleTest.java#no-such-tag -->\n```java\n```\n";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> withSnippetsFromSources(page))
        .hasMessageContaining("no-such-tag");
  }

  static String withSnippetsFromSources(String page) throws IOException {
    Matcher m = SNIPPET.matcher(page);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String code = region(REPO.resolve(m.group(1)), m.group(2));
      m.appendReplacement(out, Matcher.quoteReplacement(
          "<!-- snippet: " + m.group(1) + "#" + m.group(2) + " -->\n```" + m.group(3) + "\n" + code + "```\n"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String region(Path source, String tag) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int start = indexOf(lines, "// tag::" + tag + "[]", source);
    int end = indexOf(lines, "// end::" + tag + "[]", source);
    List<String> code = new ArrayList<>(lines.subList(start + 1, end));
    int indent = code.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder text = new StringBuilder();
    code.forEach(l -> text.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
    return text.toString();
  }

  private static int indexOf(List<String> lines, String marker, Path source) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new IllegalArgumentException(source + " has no line " + marker);
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.list(PAGES)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }
}
