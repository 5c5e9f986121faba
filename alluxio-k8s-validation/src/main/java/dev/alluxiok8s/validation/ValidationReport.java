package dev.alluxiok8s.validation;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.validation.finding.FindingOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The findings of one validation run, in a deterministic order: input order of the objects, then path,
 * then rule id (see {@link FindingOrder}).
 */
public final class ValidationReport {

  private final List<Diagnostic> findings;

  ValidationReport(List<Diagnostic> findings) {
    List<Diagnostic> sorted = new ArrayList<>(findings);
    sorted.sort(FindingOrder.ORDER);
    this.findings = List.copyOf(sorted);
  }

  /**
   * This report with every diagnostic passed through {@code explain}, which may reword where and how
   * it is reported (a renderer reports findings on its objects at the spec attributes they came
   * from) but keeps what it is about, so the order stays.
   */
  public ValidationReport map(UnaryOperator<Diagnostic> explain) {
    return new ValidationReport(findings.stream().map(explain).toList());
  }

  /**
   * This report with {@code more} findings from another source about the same input (a renderer
   * adds its own warnings about the spec it rendered), all in the report's order.
   */
  public ValidationReport plus(List<Diagnostic> more) {
    List<Diagnostic> all = new ArrayList<>(findings);
    all.addAll(more);
    return new ValidationReport(all);
  }

  /** Every finding, errors, warnings and information alike. */
  public List<Diagnostic> findings() {
    return findings;
  }

  /** Findings of severity {@link Severity#ERROR}. */
  public List<Diagnostic> errors() {
    return of(Severity.ERROR);
  }

  /** Findings of severity {@link Severity#WARNING}. */
  public List<Diagnostic> warnings() {
    return of(Severity.WARNING);
  }

  /** Findings of severity {@link Severity#INFO}. */
  public List<Diagnostic> infos() {
    return of(Severity.INFO);
  }

  /** True when at least one finding is an error; the renderer fails on this by default. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  private List<Diagnostic> of(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).toList();
  }

  /** One finding per line, with its hint in the Java API's words. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Diagnostic f : findings) {
      b.append(f).append('\n');
    }
    return b.toString();
  }
}
