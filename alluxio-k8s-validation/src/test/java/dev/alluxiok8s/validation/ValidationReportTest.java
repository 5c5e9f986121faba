package dev.alluxiok8s.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.diagnostic.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A report keeps its findings in order through rewording and additions, and splits them by severity. */
class ValidationReportTest {

  private static final Diagnostic POD_ERROR = at(1, "spec.containers[0].image", Severity.ERROR, "Required value");
  private static final Diagnostic CONFIG_WARNING = at(0, "data.password", Severity.WARNING, "literal credential");
  private static final Diagnostic POD_INFO = at(1, "spec", Severity.INFO, "meets Pod Security level \"baseline\"");

  @Test
  void findingsAreListedInTheOrderOfTheObjects() {
    ValidationReport r = new ValidationReport(List.of(POD_INFO, POD_ERROR, CONFIG_WARNING));

    assertThat(r.findings()).containsExactly(CONFIG_WARNING, POD_INFO, POD_ERROR);
    assertThat(r.errors()).containsExactly(POD_ERROR);
    assertThat(r.warnings()).containsExactly(CONFIG_WARNING);
    assertThat(r.infos()).containsExactly(POD_INFO);
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void warningsAndInformationAloneAreNoErrors() {
    ValidationReport r = new ValidationReport(List.of(CONFIG_WARNING, POD_INFO));

    assertThat(r.hasErrors()).isFalse();
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void aRewordedOrExtendedReportStaysInOrder() {
    ValidationReport r = new ValidationReport(List.of(POD_ERROR, CONFIG_WARNING));
    Diagnostic renderer = at(0, "apiVersion", Severity.ERROR, "found by the renderer");

    assertThat(r.map(d -> d.withMessage(d.message() + " (from the spec)")).findings()).extracting(Diagnostic::message)
        .containsExactly("literal credential (from the spec)", "Required value (from the spec)");
    assertThat(r.plus(List.of(renderer)).findings()).containsExactly(renderer, CONFIG_WARNING, POD_ERROR);
  }

  @Test
  void printsOneFindingPerLine() {
    ValidationReport r = new ValidationReport(List.of(POD_ERROR, CONFIG_WARNING));

    assertThat(r.toString()).isEqualTo(CONFIG_WARNING + "\n" + POD_ERROR + "\n");
    assertThat(new ValidationReport(List.of()).toString()).isEmpty();
  }

  private static Diagnostic at(int object, String path, Severity severity, String message) {
    return Diagnostic.onObject("RULE", severity, new ObjectRef("v1", "Pod", "", "p" + object, object), path, message,
        Remedy.none(), Optional.empty());
  }
}
