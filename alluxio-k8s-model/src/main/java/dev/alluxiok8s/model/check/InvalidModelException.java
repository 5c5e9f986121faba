package dev.alluxiok8s.model.check;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.diagnostic.HasDiagnostics;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a cluster model value is built with attributes that break its invariants. It lists
 * every problem the value found, not only the first, each a {@link Diagnostic} with the attribute
 * path it concerns, relative to the value ({@code quota} for a tier directory, {@code
 * masters.count} for a cluster spec). Readers that know where that value sits in a document prefix
 * it ({@link Diagnostic#under}), so a user sees {@code spec.tieredStore.levels[1].directories[0].quota}.
 */
public final class InvalidModelException extends IllegalArgumentException implements HasDiagnostics {

  private final String typeName;
  private final transient List<Diagnostic> diagnostics;

  public InvalidModelException(String typeName, List<Diagnostic> diagnostics) {
    super(describe(typeName, HasDiagnostics.require(diagnostics, "an InvalidModelException")));
    this.typeName = typeName;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The simple name of the model type that refused its attributes, e.g. {@code TierDirectory}. */
  public String typeName() {
    return typeName;
  }

  /** The problems, in the order the type checks its attributes. */
  @Override
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** One line, as a Java caller sees it: {@code Invalid TierDirectory: quota: ...; path: ...}. */
  private static String describe(String typeName, List<Diagnostic> diagnostics) {
    return "Invalid " + typeName + ": "
        + diagnostics.stream().map(DiagnosticFormat::pathAndMessage).collect(Collectors.joining("; "));
  }
}
