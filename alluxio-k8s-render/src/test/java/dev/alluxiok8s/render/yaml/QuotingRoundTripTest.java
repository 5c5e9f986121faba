package dev.alluxiok8s.render.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Proves the quoting is sufficient: whatever the strings, a YAML 1.2 reader gets them back
 * exactly, and no plain scalar in the output means anything but a string to a YAML 1.1 reader.
 */
class QuotingRoundTripTest {

  private static final LoadSettings CORE_SCHEMA =
      LoadSettings.builder().setSchema(new CoreSchema()).build();

  private final YamlWriter yaml = new YamlWriter();
  private final Yaml11Resolver yaml11 = new Yaml11Resolver();

  @Property
  void aYaml12ReaderGetsTheSameTreeBack(@ForAll("trees") Map<String, Object> tree) {
    String text = yaml.writeTree(tree);

    assertThat(new Load(CORE_SCHEMA).loadFromString(text)).as(text).isEqualTo(tree);
  }

  @Property
  void everyDocumentOfAStreamComesBack(
      @ForAll("trees") Map<String, Object> first, @ForAll("trees") Map<String, Object> second) {
    String text = yaml.writeTrees(List.of(first, second));

    List<Object> documents = new ArrayList<>();
    new Load(CORE_SCHEMA).loadAllFromString(text).forEach(documents::add);
    assertThat(documents).as(text).containsExactly(first, second);
  }

  @Property
  void aYaml11ReaderSeesOnlyStringsInPlainScalars(@ForAll("trees") Map<String, Object> tree) {
    String text = yaml.writeTree(tree);

    for (Event event : new Parse(CORE_SCHEMA).parseString(text)) {
      if (event instanceof ScalarEvent scalar && scalar.getScalarStyle() == ScalarStyle.PLAIN) {
        assertThat(yaml11.resolve(scalar.getValue(), true)).as(text).isEqualTo(Tag.STR);
        assertThat(Yaml11SpecOracle.readsAsString(scalar.getValue())).as(text).isTrue();
      }
    }
  }

  @Property
  void quotesOnlyWithDoubleQuotes(@ForAll("trees") Map<String, Object> tree) {
    // Single quotes would mean the emitter refused a plain scalar that StringStyle allowed.
    String text = yaml.writeTree(tree);

    for (Event event : new Parse(CORE_SCHEMA).parseString(text)) {
      if (event instanceof ScalarEvent scalar) {
        assertThat(scalar.getScalarStyle()).as(text).isNotEqualTo(ScalarStyle.SINGLE_QUOTED);
      }
    }
  }

  @Property
  void neverWritesCharactersThatYaml11TakesForLineBreaks(@ForAll("trees") Map<String, Object> tree) {
    assertThat(yaml.writeTree(tree)).doesNotContain("\u0085", "\u2028", "\u2029", "\uFEFF", "\r");
  }

  @Provide
  Arbitrary<Map<String, Object>> trees() {
    Arbitrary<String> strings = nastyStrings();
    Arbitrary<Object> leaf = strings.map(s -> s);
    Arbitrary<Object> list = strings.list().ofMaxSize(4).map(l -> l);
    Arbitrary<Object> inner = Arbitraries.maps(strings, strings).ofMaxSize(4).map(m -> m);
    return Arbitraries.maps(strings, Arbitraries.oneOf(leaf, list, inner)).ofMaxSize(6);
  }

  /** Fragments that YAML gives a meaning, glued together, and random characters. */
  static Arbitrary<String> nastyStrings() {
    Arbitrary<String> fragments =
        Arbitraries.of(
            "on", "Off", "YES", "y", "N", "true", "tRuE", "null", "NULL", "~", "", "0", "1", "0755",
            "0o17", "0x1F", "0b101", "1_000", "1e3", "1E-3", ".5", "+1", "-1", ".inf", "-.INF",
            ".nan", "Infinity", "1:30", "12:30:00", "2001-12-14", "2001-12-14T21:59:43Z", "=", "<<",
            "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%",
            "@", "`", "---", "...", ": ", " #", " ", "  ", "\t", "\n", "\r", "\r\n", "\u0000",
            "\u0007", "\u001b", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "é", "ı", "İ",
            "日本", "\uD83D\uDE80", "a", "Z", "9", "-Xmx2g", "x:y", "\\", "/", ".", "_");
    Arbitrary<String> glued = fragments.list().ofMaxSize(5).map(parts -> String.join("", parts));
    Arbitrary<String> random =
        Arbitraries.strings()
            .withCharRange('\u0000', '\u00ff')
            .withChars("\u2028\u2029\ufeff日")
            .ofMaxLength(8);
    return Arbitraries.oneOf(glued, glued, random);
  }
}
