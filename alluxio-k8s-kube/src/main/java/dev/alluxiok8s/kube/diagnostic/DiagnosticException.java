package dev.alluxiok8s.kube.diagnostic;

import java.util.List;

/**
 * A checked exception thrown for a list of diagnostics (a spec or values file that cannot be
 * read). Its message is every diagnostic in the Java API's words; front ends print {@link
 * #diagnostics()} in their own.
 */
public abstract class DiagnosticException extends Exception implements HasDiagnostics {

  private final transient List<Diagnostic> diagnostics;

  /**
   * @param anException the subclass's name with its article, for the error about an empty list
   * @param diagnostics what was found; never empty
   */
  protected DiagnosticException(String anException, List<Diagnostic> diagnostics) {
    super(DiagnosticFormat.message(HasDiagnostics.require(diagnostics, anException)));
    this.diagnostics = List.copyOf(diagnostics);
  }

  @Override
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
