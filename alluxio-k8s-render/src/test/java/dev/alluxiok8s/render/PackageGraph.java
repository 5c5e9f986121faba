package dev.alluxiok8s.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which of the module's packages each package's sources name (in imports, static imports, fully
 * qualified names and Javadoc links alike), read from the source text, and a cycle among them if
 * there is one.
 */
final class PackageGraph {

  private static final String ROOT = "dev.alluxiok8s.render";
  /** A name in the module: its package segments, then a class name starting with a capital. */
  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.alluxiok8s\\.render((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

  private final Map<String, Set<String>> edges;

  /** A graph of {@code edges}, walked in name order so that the cycle it reports is always the same. */
  PackageGraph(Map<String, Set<String>> edges) {
    this.edges = new TreeMap<>();
    edges.forEach((from, to) -> this.edges.put(from, new TreeSet<>(to)));
  }

  /** The graph of the sources under {@code sourceRoot} (a {@code src/main/java} folder). */
  static PackageGraph of(Path sourceRoot) {
    Path rootFolder = sourceRoot.resolve(ROOT.replace('.', '/'));
    Map<String, Set<String>> edges = new TreeMap<>();
    try (Stream<Path> files = Files.walk(rootFolder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String from = ROOT + packageSuffix(rootFolder.relativize(file.getParent()));
        Set<String> targets = edges.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher m = REFERENCE.matcher(Files.readString(file));
        while (m.find()) {
          String to = ROOT + m.group(1);
          if (!to.equals(from)) {
            targets.add(to);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PackageGraph(edges);
  }

  private static String packageSuffix(Path relativeFolder) {
    String path = relativeFolder.toString();
    return path.isEmpty() ? "" : "." + path.replace(relativeFolder.getFileSystem().getSeparator(), ".");
  }

  Map<String, Set<String>> edges() {
    return edges;
  }

  /** Packages that lead back to themselves, in order (first = last), or empty when acyclic. */
  Optional<List<String>> cycle() {
    Set<String> done = new TreeSet<>();
    for (String start : edges.keySet()) {
      List<String> path = new ArrayList<>();
      Optional<List<String>> found = visit(start, path, done);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<List<String>> visit(String node, List<String> path, Set<String> done) {
    int seen = path.indexOf(node);
    if (seen >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
      cycle.add(node);
      return Optional.of(cycle);
    }
    if (done.contains(node)) {
      return Optional.empty();
    }
    path.add(node);
    for (String next : edges.getOrDefault(node, Set.of())) {
      Optional<List<String>> found = visit(next, path, done);
      if (found.isPresent()) {
        return found;
      }
    }
    path.remove(path.size() - 1);
    done.add(node);
    return Optional.empty();
  }
}
