package dev.alluxiok8s.cli;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.diagnostic.HasDiagnostics;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.render.output.NotOurFolderException;
import dev.alluxiok8s.render.output.OutputException;
import dev.alluxiok8s.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints the core's diagnostics compiler-style on the error stream, one per line, with a {@code
 * hint:} line in the command line's words ({@link CommandLineWording}) when there is a remedy:
 *
 * <pre>
 * alluxio.yaml:8:3: error: spec.mastrs: unknown field "mastrs", did you mean "masters"? ...
 * deploy/master.yaml:12:7: error: StatefulSet/alluxio-master: spec.replicas: must be ... [K8S-...]
 *   hint: ...
 * </pre>
 *
 * <p>Only messages are printed: the core keeps credential values out of them, and nothing here
 * adds values from the input.
 */
final class Diagnostics {

  private final PrintWriter err;

  Diagnostics(PrintWriter err) {
    this.err = err;
  }

  /** Every problem of a spec, values or manifest file, in file order. */
  void print(HasDiagnostics e) {
    print(e.diagnostics(), "");
  }

  /**
   * Diagnostics, each with its hint.
   *
   * @param fallbackSource what to name as the file when a diagnostic has no location: the spec
   *     file for rendered objects, which have no file of their own; empty for none
   */
  void print(List<Diagnostic> diagnostics, String fallbackSource) {
    for (Diagnostic d : diagnostics) {
      DiagnosticFormat.lines(d, fallbackSource, CommandLineWording.INSTANCE).forEach(err::println);
    }
  }

  /** The errors and warnings of a report (notes are facts, not problems, and are left out). */
  void print(ValidationReport report, String fallbackSource) {
    print(report.findings().stream().filter(d -> d.severity() != Severity.INFO).toList(), fallbackSource);
  }

  /** A problem of a whole file or folder: {@code deploy: error: message}. */
  void error(String source, String message) {
    err.println(source + ": error: " + message);
  }

  /**
   * An output folder that could not be written, as a usage problem of {@code render -o}: the core
   * says "pass overwrite"; on the command line that is {@code --overwrite}.
   */
  void output(OutputException e) {
    usage("alluxio-k8s render", e.getMessage(),
        e instanceof NotOurFolderException ? "check -o, or add --overwrite to replace the folder" : "");
  }

  /** A problem with the command line itself. */
  void usage(String command, String message, String hint) {
    err.println(command + ": error: " + message);
    if (!hint.isEmpty()) {
      err.println(DiagnosticFormat.HINT + hint);
    }
  }
}
