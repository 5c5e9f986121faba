package dev.alluxiok8s.validation.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Paths as values, and a diagnostic added with a severity and a hint in words. */
class ObjectCheckAndPathTest {

  @Test
  void twoPathsAreEqualWhenTheyPrintTheSame() {
    FieldPath parsed = FieldPath.parse("metadata.annotations['a.b/c']['d']");
    FieldPath built = FieldPath.ROOT.field("metadata").field("annotations").field("a.b/c").field("d");

    assertThat(parsed).isEqualTo(built).hasSameHashCodeAs(built).hasToString("metadata.annotations['a.b/c'].d");
    assertThat(parsed).isNotEqualTo(FieldPath.ROOT.field("metadata")).isNotEqualTo("metadata.annotations['a.b/c'].d");
  }

  @Test
  void aDiagnosticOfAnySeverityCarriesItsHintAsAdvice() {
    List<Diagnostic> sink = new ArrayList<>();
    ObjectCheck check = new ObjectCheck(Map.of(), new ObjectRef("v1", "Pod", "", "p", 0), SourceLocator.NONE, sink);

    check.add("RULE", Severity.WARNING, FieldPath.ROOT.field("spec"), "message", "do this");

    assertThat(sink).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.path()).isEqualTo("spec");
      assertThat(d.remedy()).isEqualTo(Remedy.advice("do this"));
    });
  }
}
