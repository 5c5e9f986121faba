package dev.alluxiok8s.validation;

import dev.alluxiok8s.validation.finding.Finding;
import dev.alluxiok8s.validation.finding.FindingOrder;
import dev.alluxiok8s.kube.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of one validation run, in a deterministic order: input order of the objects, then path,
 * then rule id (see {@link FindingOrder}).
 */
public final class ValidationReport {

  private final List<Finding> findings;

  ValidationReport(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(FindingOrder.ORDER);
    this.findings = List.copyOf(sorted);
  }

  /** Every finding, errors, warnings and information alike. */
  public List<Finding> findings() {
    return findings;
  }

  /** Findings of severity {@link Severity#ERROR}. */
  public List<Finding> errors() {
    return of(Severity.ERROR);
  }

  /** Findings of severity {@link Severity#WARNING}. */
  public List<Finding> warnings() {
    return of(Severity.WARNING);
  }

  /** Findings of severity {@link Severity#INFO}. */
  public List<Finding> infos() {
    return of(Severity.INFO);
  }

  /** True when at least one finding is an error; the renderer fails on this by default. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  private List<Finding> of(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).toList();
  }

  /** One finding per line. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      b.append(f).append('\n');
    }
    return b.toString();
  }
}
