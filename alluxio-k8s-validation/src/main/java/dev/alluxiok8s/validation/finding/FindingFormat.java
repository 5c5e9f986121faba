package dev.alluxiok8s.validation.finding;

import java.util.Locale;

/**
 * Prints a {@link Finding} as one compiler-style line, the way the command line and the build
 * plugins show it (the hint is left to the caller, which may reword it in its own vocabulary):
 *
 * <pre>
 * deploy/master.yaml:12:7: error: StatefulSet/alluxio-master: spec.replicas: must be ... [K8S-...]
 * </pre>
 */
public final class FindingFormat {

  private FindingFormat() {}

  /**
   * {@code location: severity: Kind/name: path: message [RULE-ID]}.
   *
   * @param fallbackSource what to print as the location when the finding has none (for example
   *     the spec file of rendered objects, which have no file of their own); empty for nothing
   */
  public static String line(Finding finding, String fallbackSource) {
    StringBuilder line = new StringBuilder();
    String source = finding.location().map(Object::toString).orElse(fallbackSource);
    if (!source.isEmpty()) {
      line.append(source).append(": ");
    }
    line.append(finding.severity().name().toLowerCase(Locale.ROOT)).append(": ");
    line.append(finding.object()).append(": ");
    if (!finding.path().isEmpty()) {
      line.append(finding.path()).append(": ");
    }
    return line.append(finding.message()).append(" [").append(finding.ruleId()).append(']').toString();
  }
}
