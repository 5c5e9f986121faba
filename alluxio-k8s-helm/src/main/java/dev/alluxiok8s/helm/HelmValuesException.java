package dev.alluxiok8s.helm;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.DiagnosticException;
import java.util.List;

/**
 * A values file that could not be imported. Carries every problem found, in the order they were
 * found, each with the file's line and column and the key path in the chart's own vocabulary
 * ({@code journal.type}, {@code properties."alluxio.master.mount.table.root.ufs"}). Credential
 * values never appear in the messages.
 */
public final class HelmValuesException extends DiagnosticException {

  public HelmValuesException(List<Diagnostic> diagnostics) {
    super("a HelmValuesException", diagnostics);
  }
}
