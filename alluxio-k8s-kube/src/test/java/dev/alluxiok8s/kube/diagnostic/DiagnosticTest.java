package dev.alluxiok8s.kube.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

  private static final ObjectRef WORKERS = new ObjectRef("apps/v1", "DaemonSet", "", "alluxio-worker", 1);

  @Test
  void aProblemOfAValueIsReportedUnderTheAttributeThatHoldsIt() {
    Diagnostic inLevel = Diagnostic.error("quota", "must be positive");

    assertThat(inLevel.under("spec.tieredStore.levels[0]").path()).isEqualTo("spec.tieredStore.levels[0].quota");
    assertThat(inLevel.under("").path()).isEqualTo("quota");
    assertThat(Diagnostic.warning("", "odd").under("spec").path()).isEqualTo("spec");
  }

  @Test
  void eachWitherChangesOnlyItsOwnPart() {
    Diagnostic d = Diagnostic.warning("spec.fuse", "is slow")
        .withRuleId("PRACTICE-FUSE")
        .withMessage("is slower than the client")
        .withDefaultNote("FUSE is off by default")
        .withRemedy(Remedy.advice("use the client"))
        .at(new SourceLocation("alluxio.yaml", 4, 3));

    assertThat(d).isEqualTo(new Diagnostic(Severity.WARNING, "PRACTICE-FUSE",
        Optional.of(new SourceLocation("alluxio.yaml", 4, 3)), Optional.empty(), "", "spec.fuse",
        "is slower than the client", "FUSE is off by default", Remedy.advice("use the client")));
    assertThat(d.withLocation(Optional.empty()).location()).isEmpty();
  }

  @Test
  void anObjectDiagnosticSpeaksInObjectWordsUntilTracedToAnAttribute() {
    Diagnostic d = Diagnostic.onObject("PSS-X", Severity.ERROR, WORKERS, "spec.template.spec.hostNetwork", "violates",
        Remedy.none(), Optional.empty());

    assertThat(d.isAtObjectPath()).isTrue();
    Diagnostic traced = d.withPath("spec.workers.hostNetwork");
    assertThat(traced.isAtObjectPath()).isFalse();
    assertThat(traced.objectPath()).isEqualTo("spec.template.spec.hostNetwork");
    assertThat(Diagnostic.error("", "not YAML").isAtObjectPath()).isFalse();
  }

  @Test
  void printsItselfInTheJavaApisWords() {
    Diagnostic d = Diagnostic.error("spec.masters.count", "must be odd")
        .withRemedy(new Remedy.SetAttribute("spec.masters.count", "3"));

    assertThat(d).hasToString("error: spec.masters.count: must be odd" + System.lineSeparator()
        + "  hint: call Masters.Builder#count(3)");
  }

  @Test
  void objectsAreNamedAsKubectlUsersNameThem() {
    assertThat(WORKERS).hasToString("DaemonSet/alluxio-worker");
    assertThat(new ObjectRef("v1", "ConfigMap", "data", "alluxio-config", 0)).hasToString("ConfigMap/data/alluxio-config");
  }

  @Test
  void positionsAreOneBased() {
    assertThat(new SourceLocation("a.yaml", 1, 1)).hasToString("a.yaml:1:1");
    assertThatThrownBy(() -> new SourceLocation("a.yaml", 0, 1)).hasMessage("line and column are 1-based: 0:1");
    assertThatThrownBy(() -> new SourceLocation("a.yaml", 1, 0)).hasMessage("line and column are 1-based: 1:0");
  }

  /** An exception of the kind readers throw. */
  private static final class BadFileException extends DiagnosticException {
    private static final long serialVersionUID = 1L;

    BadFileException(List<Diagnostic> diagnostics) {
      super("a BadFileException", diagnostics);
    }
  }

  @Test
  void anExceptionCarriesItsDiagnosticsAndPrintsThem() {
    Diagnostic d = Diagnostic.error("spec.name", "is empty").at(new SourceLocation("alluxio.yaml", 2, 3));
    BadFileException e = new BadFileException(List.of(d));

    assertThat(e.diagnostics()).containsExactly(d);
    assertThat(e).hasMessage("alluxio.yaml:2:3: error: spec.name: is empty");
  }

  @Test
  void anExceptionAboutNothingIsABug() {
    assertThatThrownBy(() -> new BadFileException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a BadFileException needs at least one diagnostic");
  }

  @Test
  void aMessageInsideASentenceLeadsWithItsPathWhenThereIsOne() {
    assertThat(DiagnosticFormat.pathAndMessage(Diagnostic.error("spec.name", "is empty"))).isEqualTo("spec.name: is empty");
    assertThat(DiagnosticFormat.pathAndMessage(Diagnostic.error("", "not YAML"))).isEqualTo("not YAML");
  }
}
