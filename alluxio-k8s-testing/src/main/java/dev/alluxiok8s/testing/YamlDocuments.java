package dev.alluxiok8s.testing;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a multi-document YAML stream into its documents, named {@code Kind/name} so that a diff
 * says which object changed. Reads only the block style the renderer writes; anything else is
 * named by its position, which still gives a correct (if less telling) diff.
 */
final class YamlDocuments {

  private static final Pattern SEPARATOR = Pattern.compile("(?m)^---[ \\t]*\\n");
  private static final Pattern KIND = Pattern.compile("(?m)^kind: *\"?([^\"\\n]+?)\"?\\s*$");
  private static final Pattern NAME =
      Pattern.compile("(?m)^metadata:\\s*\\n(?:  .*\\n)*?  name: *\"?([^\"\\n]+?)\"?\\s*$");

  private YamlDocuments() {}

  /** Document name ({@code StatefulSet/alluxio-master}) to document text. */
  static SortedMap<String, String> byObject(String yaml) {
    SortedMap<String, String> documents = new TreeMap<>();
    String[] parts = SEPARATOR.split(yaml, -1);
    int index = 0;
    for (String part : parts) {
      if (part.isBlank()) {
        continue;
      }
      index++;
      String name = nameOf(part).orElse("document " + index);
      // Duplicate names (never in rendered output) must not hide a document.
      String key = documents.containsKey(name) ? name + " (" + index + ")" : name;
      documents.put(key, part);
    }
    return documents;
  }

  private static Optional<String> nameOf(String document) {
    Matcher kind = KIND.matcher(document);
    Matcher name = NAME.matcher(document);
    if (kind.find() && name.find()) {
      return Optional.of(kind.group(1) + "/" + name.group(1));
    }
    return Optional.empty();
  }
}
