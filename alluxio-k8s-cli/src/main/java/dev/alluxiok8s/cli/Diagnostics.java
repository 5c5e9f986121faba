package dev.alluxiok8s.cli;

import dev.alluxiok8s.helm.HelmValuesException;
import dev.alluxiok8s.helm.ImportWarning;
import dev.alluxiok8s.schema.file.SpecException;
import dev.alluxiok8s.schema.file.SpecProblem;
import dev.alluxiok8s.validation.ValidationReport;
import dev.alluxiok8s.validation.finding.Finding;
import dev.alluxiok8s.validation.finding.FindingFormat;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.validation.manifest.ManifestParseException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * Prints the core's typed problems compiler-style on the error stream, one per line, with a
 * {@code hint:} line when the core has one:
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
  private final Function<Finding, String> hintWording;

  Diagnostics(PrintWriter err) {
    this(err, Finding::hint);
  }

  /**
   * @param hintWording rewrites the core's hints into the command's vocabulary (the core speaks
   *     of its Java API, a command line of its options)
   */
  Diagnostics(PrintWriter err, Function<Finding, String> hintWording) {
    this.err = err;
    this.hintWording = hintWording;
  }

  /** Every problem of a spec file, in file order. */
  void print(SpecException e) {
    for (SpecProblem problem : e.problems()) {
      err.println(problem.format());
    }
  }

  /** Every problem of a Helm values file, in file order. */
  void print(HelmValuesException e) {
    for (SpecProblem problem : e.problems()) {
      err.println(problem.format());
    }
  }

  /** What importing a values file changed or could not carry over. */
  void print(List<ImportWarning> warnings) {
    warnings.forEach(w -> err.println(w.format()));
  }

  /** A manifest file that could not be parsed. */
  void print(ManifestParseException e) {
    err.println(e.location() + ": error: " + e.problem());
  }

  /**
   * The errors and warnings of a report (notes are facts, not problems, and are left out).
   *
   * @param fallbackSource what to name as the file when a finding has no location: the spec file
   *     for rendered objects, which have no file of their own; empty for none
   */
  void print(ValidationReport report, String fallbackSource) {
    for (Finding finding : report.findings()) {
      if (finding.severity() != Severity.INFO) {
        print(finding, fallbackSource);
      }
    }
  }

  private void print(Finding f, String fallbackSource) {
    err.println(FindingFormat.line(f, fallbackSource));
    hint(hintWording.apply(f));
  }

  /** A problem of a whole file or folder: {@code deploy: error: message}. */
  void error(String source, String message) {
    err.println(source + ": error: " + message);
  }

  /** A problem with the command line itself. */
  void usage(String command, String message, String hint) {
    err.println(command + ": error: " + message);
    hint(hint);
  }

  private void hint(String hint) {
    if (!hint.isEmpty()) {
      err.println("  hint: " + hint);
    }
  }
}
