package dev.alluxiok8s.render;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.diagnostic.HasDiagnostics;
import dev.alluxiok8s.validation.ValidationReport;
import java.util.List;

/**
 * The rendered objects break Kubernetes rules (or the Pod Security level asked for), so nothing
 * was written. The report lists every finding; {@link ManifestRenderer.Builder#allowInvalidOutput}
 * is the opt-out for experts who must write them anyway. The message lists the errors with their
 * hints in the Java API's words ({@code Workers.Builder#podSecurity}).
 */
public final class InvalidManifestsException extends Exception implements HasDiagnostics {

  private final transient ValidationReport report;

  public InvalidManifestsException(ValidationReport report) {
    super(report.errors().size() + " validation error(s) in the rendered manifests; nothing was written:"
        + System.lineSeparator() + DiagnosticFormat.message(report.errors()));
    this.report = report;
  }

  public ValidationReport report() {
    return report;
  }

  /** The errors; the report also holds the warnings and notes. */
  @Override
  public List<Diagnostic> diagnostics() {
    return report.errors();
  }
}
