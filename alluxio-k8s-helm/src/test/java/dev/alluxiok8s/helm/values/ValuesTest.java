package dev.alluxiok8s.helm.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typed reads of a values file: what each read returns, and the problem it records at the key when the value does not fit. */
class ValuesTest {

  private static Values values(String yaml) {
    ValuesReader.Result read = ValuesReader.read("v.yaml", yaml, ReadLimits.defaults());
    assertThat(read.problems()).isEmpty();
    return new Values(read.root());
  }

  private static List<String> errors(Values values) {
    return values.errors().stream().map(d -> DiagnosticFormat.line(d, "")).toList();
  }

  @Test
  void a32BitIntegerTakesBothEndsOfItsRangeAndNothingBeyond() {
    Values v = values("""
        max: 2147483647
        min: -2147483648
        above: 2147483648
        below: -2147483649
        plus: +7
        """);

    assertThat(v.integer32("max")).contains(Integer.MAX_VALUE);
    assertThat(v.integer32("min")).contains(Integer.MIN_VALUE);
    assertThat(v.integer32("plus")).contains(7);
    assertThat(v.integer32("above")).isEmpty();
    assertThat(v.integer32("below")).isEmpty();
    assertThat(errors(v)).containsExactly(
        "v.yaml:3:1: error: above: \"2147483648\" is too large",
        "v.yaml:4:1: error: below: \"-2147483649\" is too large");
  }

  @Test
  void aWholeNumberIsDigitsOnlyAndFitsInALong() {
    Values v = values("""
        fraction: 1.5
        huge: 99999999999999999999
        """);

    assertThat(v.integer(v.at("fraction"))).isEmpty();
    assertThat(v.integer(v.at("huge"))).isEmpty();
    assertThat(errors(v)).containsExactly(
        "v.yaml:1:1: error: fraction: expected a whole number, got \"1.5\"",
        "v.yaml:2:1: error: huge: \"99999999999999999999\" is too large");
  }

  @Test
  void aDecimalIsANumber() {
    Values v = values("high: 0.95\nlow: lots\n");

    assertThat(v.decimal(v.at("high"))).contains(0.95);
    assertThat(v.decimal(v.at("low"))).isEmpty();
    assertThat(errors(v)).containsExactly("v.yaml:2:1: error: low: expected a number, got \"lots\"");
  }

  @Test
  void aChartSwitchIsAPlainYaml11BooleanAndAQuotedOneIsText() {
    Values v = values("""
        a: yes
        b: off
        quoted: 'true'
        block: {enabled: true}
        """);

    assertThat(v.bool("a")).contains(true);
    assertThat(v.bool("b")).contains(false);
    assertThat(v.bool("quoted")).isEmpty();
    assertThat(v.bool("block")).isEmpty();
    assertThat(errors(v)).containsExactly(
        "v.yaml:3:1: error: quoted: expected true or false, got \"true\"",
        "v.yaml:4:1: error: block: expected true or false, got a mapping");
  }

  @Test
  void anAlluxioPropertyBooleanIsTrueOrFalseInAnyCaseQuotedOrNot() {
    Values v = values("""
        upper: TRUE
        quoted: 'False'
        word: yes
        """);

    assertThat(v.propertyBool(v.at("upper").orElseThrow())).contains(true);
    assertThat(v.propertyBool(v.at("quoted").orElseThrow())).contains(false);
    assertThat(v.propertyBool(v.at("word").orElseThrow())).isEmpty();
    assertThat(errors(v)).containsExactly("v.yaml:3:1: error: word: expected true or false, got \"yes\"");
  }

  @Test
  void aMapOfNamesKeepsItsSingleValuesSkipsNullsAndRefusesNestedValues() {
    Values v = values("""
        selector:
          zone: a
          gone: null
          nested: {x: y}
        scalar: text
        """);

    assertThat(v.stringMap(v.at("selector"))).isEqualTo(Map.of("zone", "a"));
    assertThat(v.stringMap(v.at("scalar"))).isEmpty();
    assertThat(v.stringMap(v.at("absent"))).isEmpty();
    assertThat(errors(v)).containsExactly(
        "v.yaml:4:3: error: selector.nested: expected a single value, got a mapping",
        "v.yaml:5:1: error: scalar: expected a mapping of names to values, got a scalar");
  }

  @Test
  void entriesAndItemsRefuseTheWrongShape() {
    Values v = values("""
        map: [a]
        list: {a: b}
        """);

    assertThat(v.entries(v.at("map"))).isEmpty();
    assertThat(v.items(v.at("list"))).isEmpty();
    assertThat(v.items(v.at("map"))).hasSize(1);
    assertThat(errors(v)).containsExactly(
        "v.yaml:1:1: error: map: expected a mapping, got a list",
        "v.yaml:2:1: error: list: expected a list, got a mapping");
  }

  @Test
  void wordsComeFromAListOrFromOneStringSplitOnWhiteSpace() {
    Values v = values("""
        line: "  -Xmx1g   -Xms1g "
        blank: ""
        list: [-Da=1, null, "-Db=2 -Dc=3", {x: y}]
        block: {x: y}
        """);

    assertThat(v.words(v.at("line"))).containsExactly("-Xmx1g", "-Xms1g");
    assertThat(v.words(v.at("blank"))).isEmpty();
    assertThat(v.words(v.at("list"))).containsExactly("-Da=1", "-Db=2", "-Dc=3");
    assertThat(v.words(v.at("block"))).isEmpty();
    assertThat(v.words(Optional.empty())).isEmpty();
    assertThat(errors(v)).containsExactly(
        "v.yaml:3:36: error: list[3]: expected a single value, got a mapping",
        "v.yaml:4:1: error: block: expected a list or a string, got a mapping");
  }
}
