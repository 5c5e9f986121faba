package dev.alluxiok8s.validation.manifest;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.yaml.YamlDocument;
import dev.alluxiok8s.validation.finding.SourceLocator;
import java.util.Optional;

/**
 * Where each node of one YAML document was written, seen from one object of it (the document, or an
 * item of a {@code List}). A path without an entry of its own (a field that is missing, for
 * example) resolves to its closest ancestor, so every finding on a file-backed object gets a
 * location.
 */
public final class SourceMap implements SourceLocator {

  private final String file;
  private final YamlDocument document;
  private final String prefix;

  SourceMap(String file, YamlDocument document, String prefix) {
    this.file = file;
    this.document = document;
    this.prefix = prefix;
  }

  /** The same document seen from the element at {@code itemPath} (used for items of a List). */
  SourceMap at(String itemPath) {
    return new SourceMap(file, document, join(prefix, itemPath));
  }

  /** The file or stream name. */
  public String file() {
    return file;
  }

  @Override
  public Optional<SourceLocation> locate(String path) {
    return document.locate(join(prefix, path));
  }

  private static String join(String prefix, String path) {
    if (prefix.isEmpty()) {
      return path;
    }
    if (path.isEmpty()) {
      return prefix;
    }
    return path.startsWith("[") ? prefix + path : prefix + "." + path;
  }
}
