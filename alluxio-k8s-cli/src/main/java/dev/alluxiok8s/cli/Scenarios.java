package dev.alluxiok8s.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The starter specs packaged from {@code samples/NAME/alluxio.yaml} at build time (see the
 * module's POM), found on the class path under {@value #FOLDER}. Listing reads the jar (or the
 * classes folder, in tests and IDEs) instead of a hand-kept index, so a new sample needs no code.
 */
final class Scenarios implements Iterable<String> {

  static final String FOLDER = "dev/alluxiok8s/cli/scenarios/";
  private static final String FILE = "/alluxio.yaml";

  /** The scenario names, sorted; picocli lists them in {@code init --help}. */
  @Override
  public Iterator<String> iterator() {
    return names().iterator();
  }

  static List<String> names() {
    URL folder = Scenarios.class.getClassLoader().getResource(FOLDER);
    if (folder == null) {
      return List.of();
    }
    TreeSet<String> names = new TreeSet<>();
    try {
      if (folder.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) folder.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String entry = e.nextElement().getName();
            if (entry.startsWith(FOLDER) && entry.endsWith(FILE)) {
              names.add(entry.substring(FOLDER.length(), entry.length() - FILE.length()));
            }
          }
        }
      } else {
        try (Stream<Path> dirs = Files.list(Path.of(folder.toURI()))) {
          dirs.filter(d -> Files.isRegularFile(d.resolve("alluxio.yaml")))
              .forEach(d -> names.add(d.getFileName().toString()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(folder + " is not a valid URI", e);
    }
    names.removeIf(n -> n.contains("/"));
    return Collections.unmodifiableList(new ArrayList<>(names));
  }

  /** The starter spec of {@code name}, when there is such a scenario. */
  static Optional<String> spec(String name) {
    if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      return Optional.empty();
    }
    try (InputStream in = Scenarios.class.getClassLoader().getResourceAsStream(FOLDER + name + FILE)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
