package dev.alluxiok8s.validation.finding;

import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem or fact about one object: data, not text. Printing is left to formatters.
 *
 * @param ruleId stable rule id, for example {@code K8S-NAME-DNS1035}
 * @param severity how bad it is
 * @param object the object it is about
 * @param path JSON path inside the object, for example {@code spec.template.spec.containers[0].name}; empty
 *     for the object as a whole
 * @param message what is wrong, in the API server's wording where it has one
 * @param hint how to fix it
 * @param location where the path was written, when the object came from a file
 * @param objectIndex position of the object in the validated input; orders findings by input order
 */
public record Finding(
    String ruleId,
    Severity severity,
    ObjectRef object,
    String path,
    String message,
    String hint,
    Optional<SourceLocation> location,
    int objectIndex) {

  /** Rejects nulls. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(location, "location");
  }

  /** {@code [ERROR K8S-…] Kind/name path: message (hint)}, with the location first when known. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    location.ifPresent(l -> b.append(l).append(": "));
    b.append('[').append(severity).append(' ').append(ruleId).append("] ").append(object);
    if (!path.isEmpty()) {
      b.append(' ').append(path);
    }
    b.append(": ").append(message);
    if (!hint.isEmpty()) {
      b.append(" (").append(hint).append(')');
    }
    return b.toString();
  }
}
