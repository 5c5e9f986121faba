package dev.alluxiok8s.validation.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a parsed YAML tree without casts: what counts as an integer, a type's JSON name, quoting. */
class TreesTest {

  @Test
  void anIntegerIsAnyWholeNumberThatFitsInALong() {
    assertThat(Trees.integral((short) 7)).isEqualTo(7L);
    assertThat(Trees.integral((byte) -1)).isEqualTo(-1L);
    assertThat(Trees.integral(BigInteger.valueOf(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
    assertThat(Trees.integral(BigInteger.valueOf(Long.MIN_VALUE))).isEqualTo(Long.MIN_VALUE);
    assertThat(Trees.integral(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE))).isNull();
    assertThat(Trees.integral(new BigDecimal("2.0"))).isEqualTo(2L);
    assertThat(Trees.integral(new BigDecimal("2.5"))).isNull();
    assertThat(Trees.integral(3.0)).isEqualTo(3L);
    assertThat(Trees.integral(-3.0f)).isEqualTo(-3L);
    assertThat(Trees.integral(3.5)).isNull();
    assertThat(Trees.integral(Double.POSITIVE_INFINITY)).isNull();
    assertThat(Trees.integral("3")).isNull();
  }

  @Test
  void aDoubleIsWholeOnlyBelowNineTimesTenToTheFifteen() {
    assertThat(Trees.integral(8.999_999_999_999_998e15)).isEqualTo(8_999_999_999_999_998L);
    assertThat(Trees.integral(9.0e15)).isNull();
    assertThat(Trees.integral(-9.0e15)).isNull();
  }

  @Test
  void typeNamesAreJsonNames() {
    assertThat(Arrays.asList(null, "a", true, 1, 1.5, Map.of(), List.of(), 'c'))
        .map(Trees::typeName)
        .containsExactly("null", "string", "boolean", "integer", "number", "object", "array", "Character");
  }

  @Test
  void quotingEscapesWhatWouldBreakTheMessage() {
    assertThat(Trees.quote("a\"b\\c\nd\te")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\"");
    assertThat(Trees.quote(Map.of("k", "v"))).isEqualTo("object");
    assertThat(Trees.quote(List.of(1))).isEqualTo("array");
    assertThat(Trees.quote(12)).isEqualTo("12");
  }

  @Test
  void itemsKeepTheirIndexAndSkipWhatIsNotAMap() {
    Map<String, Object> spec = Map.of("ports", Arrays.asList(Map.of("port", 80), "junk", Map.of("port", 81)));

    assertThat(Trees.items(spec, "ports")).extracting(Trees.Item::index).containsExactly(0, 2);
    assertThat(Trees.list(spec, "missing")).isEmpty();
    assertThat(Trees.list(null, "ports")).isEmpty();
    assertThat(Trees.map(null, "spec")).isNull();
    assertThat(Trees.integer(null, "port")).isNull();
    assertThat(Trees.string(Map.of("name", 5), "name")).isNull();
  }

  @Test
  void onlyTheBooleanTrueIsTrue() {
    assertThat(Trees.isTrue(Map.of("hostNetwork", true), "hostNetwork")).isTrue();
    assertThat(Trees.isTrue(Map.of("hostNetwork", "true"), "hostNetwork")).isFalse();
    assertThat(Trees.isTrue(null, "hostNetwork")).isFalse();
  }
}
