package dev.alluxiok8s.schema.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.model.check.InvalidModelException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;

/**
 * What a spec's author reads for a value of the wrong type, for each kind of attribute the
 * translator knows (whole numbers of both sizes, numbers, switches, text, lists, maps, nested
 * values), bound here into a small value of its own so that every kind occurs; and problems of one
 * value come out in file order.
 */
class JacksonErrorsWordingTest {

  /** One attribute of each kind. */
  record Kinds(int count, long bytes, Long boxed, double ratio, boolean enabled, String name, List<String> names,
      Map<String, String> labels, Nested nested, Level level) {}

  enum Level { LOW, HIGH }

  record Nested(int value) {}

  private static String problem(String yaml) {
    ReadLimits limits = ReadLimits.defaults();
    JacksonException e = catchThrowableOfType(JacksonException.class,
        () -> SpecMapper.create(limits).readValue(yaml, Kinds.class));
    assertThat(e).as("binding must fail").isNotNull();
    List<Diagnostic> problems = new JacksonErrors(DocumentScan.of("k.yaml", yaml, limits)).translate(e);
    assertThat(problems).hasSize(1);
    return DiagnosticFormat.line(problems.get(0), "");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "count: 3000000000 | k.yaml:1:1: error: count: expected a whole number from -2147483648 to 2147483647, got 3000000000",
      "bytes: 99999999999999999999 | k.yaml:1:1: error: bytes: expected a whole number from -9223372036854775808 to"
          + " 9223372036854775807, got 99999999999999999999",
      "bytes: [1] | k.yaml:1:1: error: bytes: expected a whole number, got a list",
      "ratio: {a: 1} | k.yaml:1:1: error: ratio: expected a number, got a mapping",
      "enabled: [true] | k.yaml:1:1: error: enabled: expected true or false, got a list",
      "name: [x] | k.yaml:1:1: error: name: expected a string, got a list",
      "names: {a: b} | k.yaml:1:1: error: names: expected a list, got a mapping",
      "labels: [x] | k.yaml:1:1: error: labels: expected a mapping of names to values, got a list",
      "nested: [1] | k.yaml:1:1: error: nested: expected a mapping, got a list",
      "boxed: 99999999999999999999 | k.yaml:1:1: error: boxed: expected a whole number from -9223372036854775808 to"
          + " 9223372036854775807, got 99999999999999999999",
      "level: [LOW] | k.yaml:1:1: error: level: expected one of LOW, HIGH, got a list",
      "level: MEDIUM | k.yaml:1:1: error: level: \"MEDIUM\" is not one of LOW, HIGH",
      // Spec files never get here (UnknownFields takes every unknown field); other values would.
      "nmae: x | k.yaml:1:1: error: nmae: unknown field \"nmae\", did you mean \"name\"? (known fields: boxed, bytes,"
          + " count, enabled, labels, level, name, names, nested, ratio)",
  })
  void eachKindOfAttributeSaysWhatItExpects(String yaml, String problem) {
    assertThat(problem(yaml + "\n")).isEqualTo(problem);
  }

  @Test
  void whatIsNoBindingProblemKeepsJacksonsOwnWords() {
    assertThat(problem("name: 'unterminated\n")).startsWith("k.yaml:1:1: error: ").hasSizeGreaterThan("k.yaml:1:1: error: ".length());
  }

  @Test
  void theProblemsOfOneValueComeOutInFileOrder() {
    // By line first: b.c and b.d on line 1 come before a on line 2, whose column is smaller.
    String yaml = "spec: {b: {c: 2, d: 3},\n  a: 1}\n";
    InvalidModelException e = new InvalidModelException("Spec", List.of(Diagnostic.error("b.d", "d is wrong"),
        Diagnostic.error("b.c", "c is wrong"), Diagnostic.error("a", "a is wrong")));

    List<Diagnostic> located = new JacksonErrors(DocumentScan.of("s.yaml", yaml, ReadLimits.defaults())).locate("spec", e);

    assertThat(located).extracting(p -> DiagnosticFormat.line(p, "")).containsExactly(
        "s.yaml:1:12: error: spec.b.c: c is wrong",
        "s.yaml:1:18: error: spec.b.d: d is wrong",
        "s.yaml:2:3: error: spec.a: a is wrong");
  }
}
