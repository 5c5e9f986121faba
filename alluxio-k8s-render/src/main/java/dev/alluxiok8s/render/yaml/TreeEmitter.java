package dev.alluxiok8s.render.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;

/**
 * Turns trees into a YAML stream through snakeyaml-engine's event API; one instance per stream.
 *
 * <p>Layout: block style, two-space indent, sequence items indented under their key ({@code
 * containers:\n  - name: x}) as in Alluxio's own chart, so our output diffs cleanly against it;
 * no line folding, LF only, Unicode written as is. Documents after the first start with {@code
 * ---}.
 */
final class TreeEmitter {

  // Every scalar is written without a tag: the style chosen by StringStyle alone keeps strings
  // strings, and plain numbers and booleans resolve to themselves in YAML 1.1 and 1.2.
  private static final ImplicitTuple NO_TAG = new ImplicitTuple(true, true);

  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          .setWidth(Integer.MAX_VALUE)
          .setSplitLines(false)
          .setBestLineBreak("\n")
          .setUseUnicodeEncoding(true)
          // Longer keys would be written in the explicit "? key" form, legal but unfamiliar.
          .setMaxSimpleKeyLength(1024)
          .build();

  private final StringBuilder out = new StringBuilder();
  private final StringStyle styles = new StringStyle();
  private final Emitter emitter = new Emitter(SETTINGS, new Sink(out));

  /** Emits {@code trees} as one stream, one document each, and returns the text. */
  String emitStream(List<? extends Map<String, ?>> trees) {
    emitter.emit(new StreamStartEvent());
    for (Map<String, ?> tree : trees) {
      emitter.emit(new DocumentStartEvent(false, Optional.empty(), Map.of()));
      node(tree, Where.ROOT);
      emitter.emit(new DocumentEndEvent(false));
    }
    emitter.emit(new StreamEndEvent());
    return out.toString();
  }

  private void node(Object value, Where path) {
    if (value instanceof Map<?, ?> map) {
      mapping(map, path);
    } else if (value instanceof List<?> list) {
      sequence(list, path);
    } else if (value instanceof String string) {
      scalar(wellFormed(string, path), styles.choose(string, false));
    } else if (value instanceof Boolean bool) {
      scalar(bool.toString(), ScalarStyle.PLAIN);
    } else if (value instanceof Number number) {
      scalar(numberText(number, path), ScalarStyle.PLAIN);
    } else if (value == null) {
      throw new IllegalArgumentException("null at " + path + "; a tree holds no nulls");
    } else {
      throw new IllegalArgumentException(
          "a " + value.getClass().getName() + " at " + path
              + " is not a tree node (Map, List, String, Boolean or Number)");
    }
  }

  private void mapping(Map<?, ?> map, Where path) {
    emitter.emit(new MappingStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK));
    for (Map.Entry<?, ?> entry : ordered(map, path).entrySet()) {
      String key = wellFormed((String) entry.getKey(), path);
      scalar(key, styles.choose(key, true));
      node(entry.getValue(), new Where(path, key, -1));
    }
    emitter.emit(new MappingEndEvent());
  }

  private void sequence(List<?> list, Where path) {
    emitter.emit(new SequenceStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK));
    for (int i = 0; i < list.size(); i++) {
      node(list.get(i), new Where(path, null, i));
    }
    emitter.emit(new SequenceEndEvent());
  }

  /**
   * The entries in output order: a {@code LinkedHashMap} or {@code SortedMap} keeps its own order
   * (the tree convention); any other map has no order we can trust, so its keys are sorted.
   */
  private static Map<?, ?> ordered(Map<?, ?> map, Where path) {
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        throw new IllegalArgumentException("key " + key + " at " + path + " is not a String");
      }
    }
    if (map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?>) {
      return map;
    }
    List<String> keys = new ArrayList<>();
    map.keySet().forEach(k -> keys.add((String) k));
    Collections.sort(keys);
    Map<String, Object> sorted = new LinkedHashMap<>();
    keys.forEach(k -> sorted.put(k, map.get(k)));
    return sorted;
  }

  /**
   * Refuses unpaired surrogates: they are not Unicode text, no YAML reader accepts them, and the
   * emitter would pair a lone high surrogate with whatever character follows.
   */
  private static String wellFormed(String text, Where path) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            "unpaired surrogate U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                + " in a string at " + path);
      }
    }
    return text;
  }

  private static String numberText(Number number, Where path) {
    if (number instanceof Integer || number instanceof Long || number instanceof Short
        || number instanceof Byte || number instanceof BigInteger) {
      return number.toString();
    }
    if (number instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if ((number instanceof Double || number instanceof Float)
        && Double.isFinite(number.doubleValue())) {
      return BigDecimal.valueOf(number.doubleValue()).toPlainString();
    }
    throw new IllegalArgumentException("cannot write the number " + number + " at " + path);
  }

  private void scalar(String text, ScalarStyle style) {
    emitter.emit(new ScalarEvent(Optional.empty(), Optional.empty(), NO_TAG, text, style));
  }

  /**
   * Where a node is, for messages: {@code $.spec.containers[0]}. Built as a chain and spelled out
   * only when a message needs it, since every node of every tree gets one.
   */
  private record Where(Where parent, String key, int index) {

    static final Where ROOT = new Where(null, null, -1);

    @Override
    public String toString() {
      if (parent == null) {
        return "$";
      }
      return key != null ? parent + "." + key : parent + "[" + index + "]";
    }
  }

  /**
   * Collects the emitter's output. snakeyaml-engine writes U+2028, U+2029 and U+FEFF unescaped
   * inside double quotes, which YAML 1.2 allows; but YAML 1.1 readers ({@code kubectl}'s Go YAML)
   * take U+2028 and U+2029 for line breaks and fold them into spaces. {@link StringStyle} never
   * lets these characters into a plain or block scalar, so here they can only be inside double
   * quotes, where the escape means exactly the same character.
   */
  private record Sink(StringBuilder out) implements StreamDataWriter {
    @Override
    public void write(String str) {
      write(str, 0, str.length());
    }

    @Override
    public void write(String str, int off, int len) {
      int from = off;
      for (int i = off; i < off + len; i++) {
        char c = str.charAt(i);
        String escape = switch (c) {
          case '\u2028' -> "\\u2028";
          case '\u2029' -> "\\u2029";
          case '\uFEFF' -> "\\uFEFF";
          default -> null;
        };
        if (escape != null) {
          out.append(str, from, i).append(escape);
          from = i + 1;
        }
      }
      out.append(str, from, off + len);
    }
  }
}
