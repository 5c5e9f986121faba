package dev.alluxiok8s.kube.diagnostic;

import java.util.List;

/**
 * An exception that carries every diagnostic it was thrown for, as google-java-format's {@code
 * FormatterException} does, so a front end prints them in its own words instead of parsing the
 * message. The message itself is {@link DiagnosticFormat#message} of the list: the Java API's
 * words.
 */
public interface HasDiagnostics {

  /** The diagnostics, in the order they were found; never empty. */
  List<Diagnostic> diagnostics();

  /** Rejects an empty list: an exception about nothing is a bug. {@code anException} names it with its article. */
  static List<Diagnostic> require(List<Diagnostic> diagnostics, String anException) {
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException(anException + " needs at least one diagnostic");
    }
    return List.copyOf(diagnostics);
  }
}
