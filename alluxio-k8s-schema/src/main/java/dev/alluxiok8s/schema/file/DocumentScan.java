package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.kube.yaml.ReadProblem;
import dev.alluxiok8s.kube.yaml.YamlDocument;
import dev.alluxiok8s.kube.yaml.YamlReader;
import dev.alluxiok8s.kube.yaml.YamlScalar;
import dev.alluxiok8s.kube.yaml.YamlSettings;
import dev.alluxiok8s.model.property.PropertyRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A first pass over a spec file with the bounded {@link YamlReader}, before any data binding. It
 * refuses what data binding would mishandle or could be attacked through (aliases, which Jackson
 * turns into the anchor's name; tags; deep nesting; huge values; duplicate keys; several documents;
 * empty values), and it keeps where every attribute path starts so later errors can name a line
 * and column.
 */
final class DocumentScan {

  private final String source;
  private final YamlDocument document;
  private final List<Diagnostic> problems = new ArrayList<>();

  private DocumentScan(String source, YamlDocument document) {
    this.source = source;
    this.document = document;
  }

  /** Scans {@code text}; the result holds the positions and every problem found. */
  static DocumentScan of(String source, String text, ReadLimits limits) {
    YamlSettings settings = YamlSettings.forUserFile(limits, "a spec file", "a spec file holds exactly one cluster")
        .refusingTags()
        .refusingNulls()
        .hidingTextAt(PropertyRules::looksLikeCredential);
    YamlReader.Result read = YamlReader.read(source, text, settings);
    YamlDocument first = read.documents().isEmpty() ? null : read.documents().get(0);
    DocumentScan scan = new DocumentScan(source, first);
    if (scan.has("") && !(first.root() instanceof Map)) {
      // Whatever else is wrong inside, a file that is not a mapping is not a spec.
      scan.problems.add(Diagnostic.error("", "a spec file must be a mapping (apiVersion, kind, metadata, spec)")
          .at(scan.locationOf("")));
    } else if (!read.problems().isEmpty()) {
      read.problems().forEach(p -> scan.problems.add(problem(p)));
    } else if (first == null) {
      scan.problems.add(Diagnostic.error("",
          "the file is empty; a spec starts with apiVersion: alluxio-k8s.dev/v1alpha1 and kind: AlluxioCluster")
          .at(new SourceLocation(source, 1, 1)));
    }
    return scan;
  }

  /**
   * The scan of a tree merged from scanned layers ({@link dev.alluxiok8s.schema.overlay.Layering}):
   * each layer was checked when it was scanned, and the positions name each attribute's own file.
   */
  static DocumentScan merged(String source, YamlDocument merged) {
    return new DocumentScan(source, merged);
  }

  /** The scanned document; empty when the file had none. */
  Optional<YamlDocument> document() {
    return Optional.ofNullable(document);
  }

  /** The reader's problem in spec words: the one place where reading problems become spec problems. */
  static Diagnostic problem(ReadProblem p) {
    return Diagnostic.error(p.path(), p.message()).at(p.location());
  }

  /** Whether the file gives the attribute at {@code path}. */
  boolean has(String path) {
    return document != null && document.positions().containsKey(path);
  }

  /** The value of the top-level key {@code key} when the file gives it as a scalar. */
  Optional<String> topLevelScalar(String key) {
    return document != null && document.root() instanceof Map<?, ?> root && root.get(key) instanceof YamlScalar s
        ? Optional.of(s.text()) : Optional.empty();
  }

  /** The document's mapping; empty when the file is not one. */
  Optional<Map<?, ?>> mapping() {
    return document != null && document.root() instanceof Map<?, ?> root ? Optional.of(root) : Optional.empty();
  }

  List<Diagnostic> problems() {
    return problems;
  }

  /** Where each attribute the file gives starts, by attribute path. */
  Map<String, SourceLocation> locations() {
    return document == null ? Map.of() : document.positions();
  }

  /** Where the attribute at {@code path} (or its nearest written ancestor) starts. */
  SourceLocation locationOf(String path) {
    return Optional.ofNullable(document).flatMap(d -> d.locate(path)).orElse(new SourceLocation(source, 1, 1));
  }
}
