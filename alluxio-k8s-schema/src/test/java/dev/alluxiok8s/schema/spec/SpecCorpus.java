package dev.alluxiok8s.schema.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The specs under {@code corpus/}: {@code good/*.yaml} every checker must accept and
 * {@code bad/*.yaml} every checker must refuse, named {@code good/minimal.yaml} and so on.
 */
final class SpecCorpus {

  private SpecCorpus() {}

  static Path root() {
    try {
      return Path.of(SpecCorpus.class.getResource("corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every spec of the corpus, as {@code good/NAME.yaml} or {@code bad/NAME.yaml}, sorted. */
  static List<String> names() {
    try (Stream<Path> files = Files.walk(root())) {
      return files.filter(p -> p.toString().endsWith(".yaml"))
          .map(p -> root().relativize(p).toString().replace('\\', '/')).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    try {
      return Files.readString(root().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isGood(String name) {
    return name.startsWith("good/");
  }
}
