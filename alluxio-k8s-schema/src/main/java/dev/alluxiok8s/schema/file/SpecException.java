package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.diagnostic.HasDiagnostics;
import java.util.List;

/**
 * A spec file that could not be read into a valid cluster. Carries every problem found, each
 * with its file position and attribute path; values of credential-like fields never appear in
 * the messages.
 */
public final class SpecException extends Exception implements HasDiagnostics {

  private final transient List<Diagnostic> diagnostics;

  public SpecException(List<Diagnostic> diagnostics) {
    super(DiagnosticFormat.message(HasDiagnostics.require(diagnostics, "a SpecException")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The problems in file order. */
  @Override
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
