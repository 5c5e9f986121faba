package dev.alluxiok8s.schema.file;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads back an attribute path in the notation {@link dev.alluxiok8s.kube.diagnostic.PathJoiner}
 * writes ({@code spec.properties."a.b".x}, {@code levels[1].alias}): its keys as strings and its
 * list indexes as integers.
 */
final class AttributePath {

  private AttributePath() {}

  static List<Object> segments(String path) {
    List<Object> segments = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        segments.add(Integer.parseInt(path.substring(i + 1, end)));
        i = end + 1;
      } else if (c == '"') {
        StringBuilder key = new StringBuilder();
        i++;
        while (i < path.length() && path.charAt(i) != '"') {
          // PathJoiner escapes a backslash and a quote inside a key with a backslash.
          if (path.charAt(i) == '\\' && i + 1 < path.length()) {
            i++;
          }
          key.append(path.charAt(i++));
        }
        segments.add(key.toString());
        i++;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        segments.add(path.substring(i, end));
        i = end;
      }
    }
    return segments;
  }
}
