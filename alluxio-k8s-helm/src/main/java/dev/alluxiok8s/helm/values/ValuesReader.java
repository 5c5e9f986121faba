package dev.alluxiok8s.helm.values;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.yaml.PathStyle;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.kube.yaml.ReadProblem;
import dev.alluxiok8s.kube.yaml.YamlDocument;
import dev.alluxiok8s.kube.yaml.YamlReader;
import dev.alluxiok8s.kube.yaml.YamlScalar;
import dev.alluxiok8s.kube.yaml.YamlSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a values file with the bounded {@link YamlReader} (size, depth and value length bounded,
 * aliases and duplicate keys refused) and turns its tree into {@link ValueNode}s, each with its key
 * path and where its key (or, for a list item, the item) starts.
 */
public final class ValuesReader {

  private ValuesReader() {}

  /** The tree, or the problems (then the tree is null). */
  public record Result(ValueNode.Mapping root, List<Diagnostic> problems) {}

  /** The root mapping of {@code text}, or the problems that stopped reading it. */
  public static Result read(String source, String text, ReadLimits limits) {
    YamlReader.Result read = YamlReader.read(source, text,
        YamlSettings.forUserFile(limits, "a values file", "pass a single values file"));
    if (!read.problems().isEmpty()) {
      return new Result(null, read.problems().stream().map(ValuesReader::problem).toList());
    }
    // An empty file is a valid values file: every key keeps the chart's default.
    SourceLocation start = new SourceLocation(source, 1, 1);
    ValueNode root = read.documents().isEmpty() ? null : node(read.documents().get(0), "", read.documents().get(0).root());
    if (root == null || root instanceof ValueNode.Null) {
      return new Result(new ValueNode.Mapping("", start, Map.of()), List.of());
    }
    if (!(root instanceof ValueNode.Mapping mapping)) {
      return new Result(null, List.of(Diagnostic.error("",
          "a values file must be a mapping of keys (master:, journal:, properties:, ...), got " + root.kind())
          .at(root.location())));
    }
    return new Result(mapping, List.of());
  }

  /** The reader's problem as an import problem: the one place where reading problems are converted. */
  public static Diagnostic problem(ReadProblem p) {
    return Diagnostic.error(p.path(), p.message()).at(p.location());
  }

  /** The value at {@code path} of {@code document}; depth is bounded by the reader's limits. */
  private static ValueNode node(YamlDocument document, String path, Object value) {
    SourceLocation at = document.locate(path).orElseThrow();
    if (value instanceof Map<?, ?> map) {
      Map<String, ValueNode> entries = new LinkedHashMap<>();
      map.forEach((k, v) -> entries.put((String) k, node(document, PathStyle.ATTRIBUTES.key(path, (String) k), v)));
      return new ValueNode.Mapping(path, at, entries);
    }
    if (value instanceof List<?> list) {
      List<ValueNode> items = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        items.add(node(document, PathStyle.ATTRIBUTES.index(path, i), list.get(i)));
      }
      return new ValueNode.Sequence(path, at, items);
    }
    if (value instanceof YamlScalar s) {
      return new ValueNode.Scalar(path, at, s.text(), s.plain());
    }
    return new ValueNode.Null(path, at);
  }
}
