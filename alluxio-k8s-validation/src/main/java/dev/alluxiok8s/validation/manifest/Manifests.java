package dev.alluxiok8s.validation.manifest;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.yaml.ReadException;
import dev.alluxiok8s.kube.yaml.Utf8;
import dev.alluxiok8s.kube.yaml.YamlDocument;
import dev.alluxiok8s.kube.yaml.YamlReader;
import dev.alluxiok8s.kube.yaml.YamlSettings;
import dev.alluxiok8s.validation.tree.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads manifests from YAML or JSON files, folders and streams, the way {@code kubectl apply -f} takes
 * them: multi-document YAML, empty documents skipped, {@code List} objects (and {@code *List} kinds with
 * {@code items}) expanded into their items. Every node's line and column is kept, so findings point into
 * the file.
 *
 * <p>Input is treated as hostile: nesting depth, alias count, alias expansion and size are bounded (see
 * {@link ManifestParseException}).
 *
 * <pre>{@code
 * List<Manifest> objects = Manifests.read(Path.of("k8s/"));
 * ValidationReport report = KubernetesValidator.builder().build().validate(objects);
 * }</pre>
 */
public final class Manifests {

  private static final YamlSettings SETTINGS = YamlSettings.forManifests(ManifestPaths.INSTANCE);

  private Manifests() {}

  /**
   * Reads one file, or every {@code .yaml}, {@code .yml} and {@code .json} file below a folder in path
   * order (hidden files and folders skipped).
   *
   * @throws ManifestParseException when a file is not well-formed or holds a document that is not an object
   * @throws IOException when a file cannot be read
   */
  public static List<Manifest> read(Path fileOrFolder) throws IOException {
    if (!Files.isDirectory(fileOrFolder)) {
      try (InputStream in = Files.newInputStream(fileOrFolder)) {
        return read(fileOrFolder.toString(), in);
      }
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(fileOrFolder)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> isManifestFile(fileOrFolder.relativize(p)))
              .sorted()
              .toList();
    }
    List<Manifest> all = new ArrayList<>();
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        all.addAll(read(f.toString(), in));
      }
    }
    return all;
  }

  /**
   * Reads a UTF-8 stream of YAML (or JSON) documents.
   *
   * @param name the name findings and errors use for this stream, for example a file name
   * @throws ManifestParseException also when the stream is not UTF-8, at the bad byte's line and column
   */
  public static List<Manifest> read(String name, InputStream in) throws IOException {
    // A UTF-8 file of the code point limit has at least as many bytes: refused before holding more.
    byte[] bytes = in.readNBytes(YamlSettings.MANIFEST_MAX_CODE_POINTS + 1);
    if (bytes.length > YamlSettings.MANIFEST_MAX_CODE_POINTS) {
      throw new ManifestParseException(
          new SourceLocation(name, 1, 1), "larger than " + YamlSettings.MANIFEST_MAX_CODE_POINTS + " bytes");
    }
    try {
      return read(name, Utf8.decode(name, bytes));
    } catch (ReadException e) {
      throw ManifestParseException.of(e.problem());
    }
  }

  /** Reads YAML (or JSON) documents from a string. */
  public static List<Manifest> read(String name, String content) throws ManifestParseException {
    YamlReader.Result read = YamlReader.read(name, content, SETTINGS);
    if (!read.problems().isEmpty()) {
      throw ManifestParseException.of(read.problems().get(0));
    }
    List<Manifest> out = new ArrayList<>();
    for (YamlDocument d : read.documents()) {
      if (d.root() == null) {
        continue;
      }
      Map<String, Object> tree = Trees.asMap(d.root());
      if (tree == null) {
        throw new ManifestParseException(
            d.start(), "a manifest document must be an object, found " + Trees.typeName(d.root()));
      }
      if (tree.isEmpty()) {
        continue;
      }
      SourceMap map = new SourceMap(name, d, "");
      if (isList(tree)) {
        List<Object> items = Trees.list(tree, "items");
        for (int i = 0; i < items.size(); i++) {
          Map<String, Object> item = Trees.asMap(items.get(i));
          SourceMap at = map.at("items[" + i + "]");
          if (item == null) {
            throw new ManifestParseException(
                at.locate("").orElse(d.start()),
                "List item " + i + " must be an object, found " + Trees.typeName(items.get(i)));
          }
          out.add(Manifest.of(item, at));
        }
      } else {
        out.add(Manifest.of(tree, map));
      }
    }
    return out;
  }

  /** {@code kind: List}, or a typed list such as {@code ConfigMapList}, carrying {@code items}. */
  private static boolean isList(Map<String, Object> tree) {
    String kind = Trees.string(tree, "kind");
    return kind != null && kind.endsWith("List") && Trees.asList(tree.get("items")) != null;
  }

  private static boolean isManifestFile(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    String n = relative.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }
}
