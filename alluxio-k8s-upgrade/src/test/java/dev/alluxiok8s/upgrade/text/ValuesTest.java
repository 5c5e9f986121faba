package dev.alluxiok8s.upgrade.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A field's value as one line of a finding, whatever the manifest holds. */
class ValuesTest {

  @Test
  void noValueShowsAsNothingAndScalarsAsWritten() {
    assertThat(Values.show(null)).isEmpty();
    assertThat(Values.show(3)).isEqualTo("3");
    assertThat(Values.show(true)).isEqualTo("true");
    assertThat(Values.show("3")).isEqualTo("\"3\"");
  }

  @Test
  void mapsAndListsAreWrittenInFlowStyleInTheirOrder() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("storage", "1Gi");
    map.put("modes", List.of("ReadWriteOnce", 2));

    assertThat(Values.show(map)).isEqualTo("{\"storage\": \"1Gi\", \"modes\": [\"ReadWriteOnce\", 2]}");
    assertThat(Values.show(List.of())).isEqualTo("[]");
  }

  @Test
  void aLongValueIsCutAfter120Characters() {
    String exactly = "x".repeat(118);
    String longer = "x".repeat(119);

    assertThat(Values.show(exactly)).hasSize(120).doesNotEndWith("...");
    assertThat(Values.show(longer)).isEqualTo("\"" + "x".repeat(119) + "...");
  }

  @Test
  void nothingInAValueCanBreakTheLineOrEndTheQuotes() {
    assertThat(Values.quote("a\"b\\c\nd\te\rf\u0007g\u00e9")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\rf\\u0007g\u00e9\"");
  }
}
