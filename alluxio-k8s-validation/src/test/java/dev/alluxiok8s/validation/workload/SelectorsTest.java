package dev.alluxiok8s.validation.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which pods a label selector selects, operator by operator, as the API server decides it. */
class SelectorsTest {

  private static final Map<String, Object> WEB = Map.of("app", "web", "tier", "front", "rank", 3);

  private static Map<String, Object> expression(String key, String operator, Object... values) {
    return Map.of("matchExpressions", List.of(Map.of("key", key, "operator", operator, "values", List.of(values))));
  }

  @Test
  void anEmptySelectorSelectsEveryPod() {
    assertThat(Selectors.matches(Map.of(), WEB)).isTrue();
    assertThat(Selectors.matchesLabels(null, WEB)).isTrue();
  }

  @Test
  void matchLabelsNeedsEveryLabelWithItsValueComparedAsText() {
    assertThat(Selectors.matches(Map.of("matchLabels", Map.of("app", "web", "rank", "3")), WEB)).isTrue();
    assertThat(Selectors.matches(Map.of("matchLabels", Map.of("app", "db")), WEB)).isFalse();
    assertThat(Selectors.matches(Map.of("matchLabels", Map.of("zone", "a")), WEB)).isFalse();
  }

  @Test
  void inAndNotInCompareTheValue() {
    assertThat(Selectors.matches(expression("tier", "In", "back", "front"), WEB)).isTrue();
    assertThat(Selectors.matches(expression("tier", "In", "back"), WEB)).isFalse();
    assertThat(Selectors.matches(expression("zone", "In", "a"), WEB)).isFalse();
    assertThat(Selectors.matches(expression("tier", "NotIn", "back"), WEB)).isTrue();
    assertThat(Selectors.matches(expression("tier", "NotIn", "front"), WEB)).isFalse();
    assertThat(Selectors.matches(expression("zone", "NotIn", "a"), WEB)).as("a pod without the label is not in").isTrue();
  }

  @Test
  void existsAndDoesNotExistLookOnlyAtTheKey() {
    assertThat(Selectors.matches(expression("app", "Exists"), WEB)).isTrue();
    assertThat(Selectors.matches(expression("zone", "Exists"), WEB)).isFalse();
    assertThat(Selectors.matches(expression("zone", "DoesNotExist"), WEB)).isTrue();
    assertThat(Selectors.matches(expression("app", "DoesNotExist"), WEB)).isFalse();
  }

  @Test
  void anUnknownOrMissingOperatorSelectsNothing() {
    assertThat(Selectors.matches(expression("rank", "Gt", "1"), WEB)).isFalse();
    assertThat(Selectors.matches(Map.of("matchExpressions", List.of(Map.of("key", "app"))), WEB)).isFalse();
  }

  @Test
  void everyPartOfTheSelectorMustHold() {
    Map<String, Object> both = Map.of("matchLabels", Map.of("app", "web"),
        "matchExpressions", List.of(Map.of("key", "tier", "operator", "In", "values", List.of("back"))));

    assertThat(Selectors.matches(both, WEB)).isFalse();
    assertThat(Selectors.matches(Map.of("matchExpressions", List.of("not a requirement")), WEB))
        .as("an item that is not a requirement is skipped").isTrue();
  }
}
