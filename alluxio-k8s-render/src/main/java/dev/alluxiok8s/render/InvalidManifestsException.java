package dev.alluxiok8s.render;

import dev.alluxiok8s.validation.ValidationReport;

/**
 * The rendered objects break Kubernetes rules (or the Pod Security level asked for), so nothing
 * was written. The report lists every finding; {@link ManifestRenderer.Builder#allowInvalidOutput}
 * is the opt-out for experts who must write them anyway.
 */
public final class InvalidManifestsException extends Exception {

  private final transient ValidationReport report;

  public InvalidManifestsException(ValidationReport report) {
    super(report.errors().size() + " validation error(s) in the rendered manifests; nothing was written:"
        + System.lineSeparator() + report.errors().stream().map(Object::toString)
            .reduce((a, b) -> a + System.lineSeparator() + b).orElse(""));
    this.report = report;
  }

  public ValidationReport report() {
    return report;
  }
}
