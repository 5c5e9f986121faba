package dev.alluxiok8s.validation.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The order findings are listed in: by object, then path (numbers as numbers), rule, message and severity. */
class FindingOrderTest {

  @Test
  void numbersInAPathCompareAsNumbersWhereverTheyEnd() {
    assertThat(FindingOrder.comparePaths("ports[9]", "ports[10]")).isNegative();
    assertThat(FindingOrder.comparePaths("ports[12]", "ports[13]")).isNegative();
    assertThat(FindingOrder.comparePaths("port10", "port9")).isPositive();
    assertThat(FindingOrder.comparePaths("port7", "port07")).as("the shorter run of digits first").isNegative();
    assertThat(FindingOrder.comparePaths("ports[3].name", "ports[3].name")).isZero();
  }

  @Test
  void aPathComesBeforeThePathsBelowIt() {
    assertThat(FindingOrder.comparePaths("spec", "spec.replicas")).isNegative();
    assertThat(FindingOrder.comparePaths("spec.replicas", "spec")).isPositive();
    assertThat(FindingOrder.comparePaths("a1", "ab")).isNegative();
    assertThat(FindingOrder.comparePaths("spec.b", "spec.a")).isPositive();
  }

  @Test
  void findingsAreOrderedByObjectPathRuleMessageAndSeverity() {
    Diagnostic second = at(1, "kind", "A", "m", Severity.ERROR);
    Diagnostic byPath = at(0, "spec.x[10]", "A", "m", Severity.ERROR);
    Diagnostic firstPath = at(0, "spec.x[2]", "B", "m", Severity.ERROR);
    Diagnostic ruleB = at(0, "spec.x[10]", "B", "m", Severity.ERROR);
    Diagnostic messageN = at(0, "spec.x[10]", "B", "n", Severity.ERROR);
    Diagnostic warning = at(0, "spec.x[10]", "B", "n", Severity.WARNING);
    List<Diagnostic> all = new ArrayList<>(List.of(second, warning, messageN, ruleB, byPath, firstPath));

    all.sort(FindingOrder.ORDER);

    assertThat(all).containsExactly(firstPath, byPath, ruleB, messageN, warning, second);
  }

  private static Diagnostic at(int object, String path, String rule, String message, Severity severity) {
    return Diagnostic.onObject(rule, severity, new ObjectRef("v1", "Pod", "", "p" + object, object), path, message,
        Remedy.none(), Optional.empty());
  }
}
