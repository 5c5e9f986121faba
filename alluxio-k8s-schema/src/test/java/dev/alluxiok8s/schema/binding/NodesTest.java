package dev.alluxiok8s.schema.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.kube.yaml.YamlScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which scalars bind without Jackson, and to what; everything else declines ({@link Unbound}). */
class NodesTest {

  private static YamlScalar plain(String text) {
    return new YamlScalar(text, true);
  }

  private static YamlScalar quoted(String text) {
    return new YamlScalar(text, false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10Gi", "365d", "2.9.4", "10.20.30.42", "s3a://bucket/", "IfNotPresent", "-Xmx4g"})
  void aPlainScalarNoReaderTypesAsANumberOrABooleanIsAString(String text) {
    assertThat(Nodes.string(plain(text))).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4", "0", "-3", "2.10", "0.5"})
  void aNumberWrittenCanonicallyIsTheStringOfItsText(String text) {
    // Jackson binds cpu: 4 or tag: 2.10 to a string attribute as the number's text.
    assertThat(Nodes.string(plain(text))).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"on", "Yes", "TRUE", "null", "~", "", "0755", "+1", "1e3", "1_000", "0x1F", "0o17", "0b101",
      "12:30:00", ".inf", "-.Inf", ".NaN", "1.", ".5", "1E-7"})
  void aPlainScalarSomeReaderTypesDifferentlyIsLeftToJackson(String text) {
    assertThatThrownBy(() -> Nodes.string(plain(text))).isInstanceOf(Unbound.class);
  }

  @Test
  void aQuotedScalarIsAStringWhateverItReadsLike() {
    assertThat(Nodes.string(quoted("0755"))).isEqualTo("0755");
    assertThat(Nodes.string(quoted("on"))).isEqualTo("on");
  }

  @Test
  void numbersAndBooleansArePlainAndWrittenOneWay() {
    assertThat(Nodes.integer(plain("19998"))).isEqualTo(19998);
    assertThat(Nodes.longInteger(plain("-9000000000"))).isEqualTo(-9_000_000_000L);
    assertThat(Nodes.decimal(plain("0.95"))).isEqualTo(0.95);
    assertThat(Nodes.bool(plain("false"))).isFalse();
    assertThatThrownBy(() -> Nodes.integer(quoted("3"))).isInstanceOf(Unbound.class);
    assertThatThrownBy(() -> Nodes.integer(plain("2147483648"))).isInstanceOf(Unbound.class);
    assertThatThrownBy(() -> Nodes.integer(plain("1.0"))).isInstanceOf(Unbound.class);
    assertThatThrownBy(() -> Nodes.decimal(plain("1"))).isInstanceOf(Unbound.class);
    assertThatThrownBy(() -> Nodes.bool(plain("True"))).isInstanceOf(Unbound.class);
  }

  @Test
  void aFreeFormValueIsWhatJacksonsUntypedBindingGives() {
    Map<String, Object> term = new LinkedHashMap<>();
    term.put("topologyKey", plain("kubernetes.io/hostname"));
    term.put("weight", plain("100"));
    term.put("required", plain("true"));
    term.put("values", List.of(quoted("a"), plain("b")));

    assertThat(Nodes.untyped(term)).isEqualTo(Map.of("topologyKey", "kubernetes.io/hostname", "weight", 100,
        "required", true, "values", List.of("a", "b")));
    // Jackson gives a Double from the text and a BigDecimal from the tree: left to it.
    assertThatThrownBy(() -> Nodes.untyped(plain("0.5"))).isInstanceOf(Unbound.class);
  }

  @Test
  void aMappingWithANonStringKeyOrAScalarForAMappingIsLeftToJackson() {
    assertThatThrownBy(() -> Nodes.fields(plain("x"))).isInstanceOf(Unbound.class);
    assertThatThrownBy(() -> Nodes.list(plain("x"), Nodes::string)).isInstanceOf(Unbound.class);
    assertThatThrownBy(() -> Nodes.fields(Map.of(1, plain("x")))).isInstanceOf(Unbound.class);
  }
}
