package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Broken specs, from small edits of valid ones to noise: {@link SpecReader} returns a cluster or
 * throws a {@link SpecException} whose messages speak the spec's language; nothing else escapes
 * (no NullPointerException, no raw Jackson or snakeyaml exception, no StackOverflowError).
 */
class SpecFuzzTest {

  private final SpecReader reader = SpecReader.create();

  /** Words of Java and Jackson that mean nothing to someone editing a spec file. */
  private static final List<String> JAVA_WORDS = List.of("`", "dev.alluxiok8s", "java.", "tools.jackson", "Cannot construct",
      "Immutable", "Exception", "Unrecognized", "deserialize");

  enum Edit { DELETE_LINE, DUPLICATE_LINE, SWAP_VALUES, ADD_KEY, REPLACE_VALUE, INDENT, DEDENT, TRUNCATE, CONTROL, BYTES }

  record Mutation(Edit edit, int at, int other, String text, byte[] bytes) {}

  private static void assertReadable(byte[] input) {
    try {
      SpecReader.create().read("fuzz.yaml", input);
    } catch (SpecException e) {
      assertThat(e.diagnostics()).isNotEmpty().allSatisfy(p -> {
        assertThat(p.location().orElseThrow().line()).isPositive();
        assertThat(p.location().orElseThrow().column()).isPositive();
        assertThat(p.message()).isNotBlank();
        // Quoted text is the user's own.
        String ownWords = p.message().replaceAll("\"[^\"]*\"|'[^']*'", "''");
        for (String word : JAVA_WORDS) {
          assertThat(ownWords).as(DiagnosticFormat.line(p, "")).doesNotContain(word);
        }
      });
    }
  }

  @Provide
  Arbitrary<String> validSpecs() {
    List<String> samples = SpecFixtures.files("good").map(SpecFixtures::bytes)
        .map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    SpecWriter writer = SpecWriter.create();
    return Arbitraries.oneOf(Arbitraries.of(samples), ClusterArbitraries.clusters().map(writer::write));
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of(ClusterArbitraries.TRICKY),
        Arbitraries.of("[", "]", "{", "}", "- x", "!!null", "!!binary x", "? x", "*a", "&a x", "\"", "'", "-1", "1e999",
            "99999999999999999999", "0.1", "[1, 2]", "{a: 1}", "", "count", "masters", "spec", "\t", ": :", "<<: {}"),
        Arbitraries.strings().ofMaxLength(12));
    Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Edit.class), Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(0, 10_000), text, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4))
        .as(Mutation::new);
    return mutation.list().ofMinSize(1).ofMaxSize(4);
  }

  private static String valueOf(String line) {
    int colon = line.indexOf(": ");
    return colon < 0 ? "" : line.substring(colon + 2);
  }

  private static String withValue(String line, String value) {
    int colon = line.indexOf(": ");
    return colon < 0 ? line + " " + value : line.substring(0, colon + 2) + value;
  }

  static byte[] apply(String spec, List<Mutation> mutations) {
    List<String> lines = new ArrayList<>(Arrays.asList(spec.split("\n", -1)));
    byte[] raw = null;
    for (Mutation m : mutations) {
      int i = m.at() % lines.size();
      int j = m.other() % lines.size();
      String line = lines.get(i);
      switch (m.edit()) {
        case DELETE_LINE -> {
          if (lines.size() > 1) {
            lines.remove(i);
          }
        }
        case DUPLICATE_LINE -> lines.add(i, line);
        case SWAP_VALUES -> {
          String other = lines.get(j);
          lines.set(i, withValue(line, valueOf(other)));
          lines.set(j, withValue(other, valueOf(line)));
        }
        case ADD_KEY -> lines.add(i, line.substring(0, line.length() - line.stripLeading().length()) + m.text() + ": x");
        case REPLACE_VALUE -> lines.set(i, withValue(line, m.text()));
        case INDENT -> lines.set(i, "  ".substring(0, 1 + m.other() % 2) + line);
        case DEDENT -> lines.set(i, line.startsWith(" ") ? line.substring(1) : line);
        case TRUNCATE -> {
          String joined = String.join("\n", lines);
          lines = new ArrayList<>(Arrays.asList(joined.substring(0, m.other() % (joined.length() + 1)).split("\n", -1)));
        }
        case CONTROL -> lines.set(i, line.substring(0, m.other() % (line.length() + 1))
            + "\u0000\u0007\u0085\u2028\uFEFF\uFFFF".charAt(m.at() % 6) + line.substring(m.other() % (line.length() + 1)));
        case BYTES -> raw = m.bytes();
      }
    }
    byte[] text = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    if (raw == null) {
      return text;
    }
    int at = mutations.get(0).at() % (text.length + 1);
    byte[] out = Arrays.copyOf(text, text.length + raw.length);
    System.arraycopy(raw, 0, out, at, raw.length);
    System.arraycopy(text, at, out, at + raw.length, text.length - at);
    return out;
  }

  // No edge cases: they would edit the first line (the header) over and over.
  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void aMutatedSpecIsReadOrRefusedWithSpecProblems(@ForAll("validSpecs") String spec, @ForAll("mutations") List<Mutation> edits) {
    assertReadable(apply(spec, edits));
  }

  @Property(tries = 200)
  void randomBytesAreRefusedWithSpecProblems(@ForAll byte[] bytes) {
    assertReadable(bytes);
  }

  @Property(tries = 200)
  void randomTextAfterAValidHeaderIsRefusedWithSpecProblems(@ForAll String text) {
    assertReadable((SpecFixtures.HEADER + text).getBytes(StandardCharsets.UTF_8));
  }
}
