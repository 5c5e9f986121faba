package dev.alluxiok8s.schema.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The spec files beside these tests: {@code good/*} read, {@code bad/<name>.yaml} fail as {@code <name>.expected} says. */
final class SpecFixtures {

  static final String HEADER = """
      apiVersion: alluxio-k8s.dev/v1alpha1
      kind: AlluxioCluster
      metadata:
        name: alluxio
      spec:
        underStorage:
          rootUri: s3a://my-bucket/alluxio/
      """;

  private SpecFixtures() {}

  static Stream<Path> files(String folder) {
    try {
      Path dir = Path.of(SpecFixtures.class.getResource(folder).toURI());
      try (Stream<Path> list = Files.list(dir)) {
        return list.filter(p -> !p.toString().endsWith(".expected")).sorted().toList().stream();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> expectedLines(Path file) {
    try {
      return Files.readAllLines(file.resolveSibling(file.getFileName().toString().replaceFirst("\\.(yaml|json)$", ".expected")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
