package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.DiagnosticException;
import java.util.List;

/**
 * A spec file that could not be read into a valid cluster. Carries every problem found, in file
 * order, each with its file position and attribute path; values of credential-like fields never
 * appear in the messages.
 */
public final class SpecException extends DiagnosticException {

  public SpecException(List<Diagnostic> diagnostics) {
    super("a SpecException", diagnostics);
  }
}
