package dev.alluxiok8s.kube.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints a {@link Diagnostic} compiler-style, the one way every front end and exception message
 * shows it, with the remedy worded for the front end:
 *
 * <pre>
 * alluxio.yaml:12:5: error: spec.masters.count: must be between 1 and 99, got 0
 * deploy/master.yaml:12:7: error: StatefulSet/alluxio-master: spec.replicas: must be ... [K8S-...]
 * alluxio.yaml:7:1: error: spec.workers.hostNetwork: violates PodSecurity ...; workers use host networking by default (in DaemonSet/alluxio-worker at spec.template.spec.hostNetwork) [PSS-...]
 *   hint: ...
 * </pre>
 *
 * <p>Every line is one line: characters that would break it or hide part of it, quoted from a
 * spec, are escaped ({@link PrintableText}).
 */
public final class DiagnosticFormat {

  /** What starts the line under a diagnostic that carries its remedy. */
  public static final String HINT = "  hint: ";

  private DiagnosticFormat() {}

  /**
   * {@code location: severity: [Kind/name: ]path: message [RULE-ID]}.
   *
   * @param fallbackSource what to print as the location when the diagnostic has none (for example
   *     the spec file of rendered objects, which have no file of their own); empty for nothing
   */
  public static String line(Diagnostic d, String fallbackSource) {
    StringBuilder line = new StringBuilder();
    String source = d.location().map(Object::toString).orElse(fallbackSource);
    if (!source.isEmpty()) {
      line.append(source).append(": ");
    }
    line.append(d.severity().name().toLowerCase(Locale.ROOT)).append(": ");
    // A manifest's author reads the object path; a spec's author reads the attribute, then learns
    // which object field it became.
    boolean inObjectWords = d.isAtObjectPath();
    if (inObjectWords) {
      line.append(d.object().get()).append(": ");
    }
    if (!d.path().isEmpty()) {
      line.append(d.path()).append(": ");
    }
    line.append(d.message());
    if (!d.defaultNote().isEmpty()) {
      line.append("; ").append(d.defaultNote());
    }
    if (d.object().isPresent() && !inObjectWords) {
      line.append(" (in ").append(d.object().get());
      if (!d.objectPath().isEmpty()) {
        line.append(" at ").append(d.objectPath());
      }
      line.append(')');
    }
    if (!d.ruleId().isEmpty()) {
      line.append(" [").append(d.ruleId()).append(']');
    }
    // Paths and messages quote the spec; what they quote must not start a line of its own.
    return PrintableText.escape(line.toString());
  }

  /** The remedy in {@code wording}'s words; empty when there is none. */
  public static String hint(Diagnostic d, RemedyWording wording) {
    return PrintableText.escape(wording.words(d.remedy()));
  }

  /** The {@link #line} and, when there is a remedy, a {@code "  hint: ..."} line. */
  public static List<String> lines(Diagnostic d, String fallbackSource, RemedyWording wording) {
    List<String> lines = new ArrayList<>(2);
    lines.add(line(d, fallbackSource));
    String hint = hint(d, wording);
    if (!hint.isEmpty()) {
      lines.add(HINT + hint);
    }
    return lines;
  }

  /** {@code path: message}, or the message alone when there is no path: a diagnostic inside a sentence. */
  public static String pathAndMessage(Diagnostic d) {
    return d.path().isEmpty() ? d.message() : d.path() + ": " + d.message();
  }

  /** The message of an exception that carries {@code diagnostics}: their lines, in the Java API's words. */
  public static String message(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .flatMap(d -> lines(d, "", JavaApiWording.INSTANCE).stream())
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
