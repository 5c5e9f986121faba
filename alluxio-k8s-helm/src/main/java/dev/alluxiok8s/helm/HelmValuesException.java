package dev.alluxiok8s.helm;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.diagnostic.HasDiagnostics;
import java.util.List;

/**
 * A values file that could not be imported. Carries every problem found, each with the file's
 * line and column and the key path in the chart's own vocabulary ({@code journal.type},
 * {@code properties."alluxio.master.mount.table.root.ufs"}); {@link DiagnosticFormat} prints
 * them compiler-style. Credential values never appear in the messages.
 */
public final class HelmValuesException extends Exception implements HasDiagnostics {

  private final transient List<Diagnostic> diagnostics;

  public HelmValuesException(List<Diagnostic> diagnostics) {
    super(DiagnosticFormat.message(HasDiagnostics.require(diagnostics, "a HelmValuesException")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The problems, in the order they were found. */
  @Override
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
