package dev.alluxiok8s.kube.diagnostic;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem or fact, found by reading a spec file, checking a model's invariants, importing Helm
 * values or validating manifests: data, not text. {@link DiagnosticFormat} prints it, and each
 * front end words its {@link #remedy()} through its own {@link RemedyWording}.
 *
 * @param severity how bad it is
 * @param ruleId the stable id of the rule that found it, for example {@code K8S-NAME-DNS1035};
 *     empty for problems of a file's syntax or of a model's own invariants
 * @param location where it was written, when it came from a file
 * @param object the manifest object it is about; empty when it is about no object
 * @param objectPath the path inside {@link #object()}, for example {@code
 *     spec.template.spec.hostNetwork}; empty for the object as a whole or when there is no object
 * @param path the attribute path in the user's own words: {@code spec.workers.hostNetwork} for a
 *     spec's author, the object path for a manifest's; empty for a whole file or value
 * @param message what is wrong, without credential values
 * @param defaultNote when the value at fault is the attribute's default rather than written by
 *     the user, what that default is ("workers use host networking by default"); empty otherwise
 * @param remedy what to do about it
 */
public record Diagnostic(
    Severity severity,
    String ruleId,
    Optional<SourceLocation> location,
    Optional<ObjectRef> object,
    String objectPath,
    String path,
    String message,
    String defaultNote,
    Remedy remedy) {

  /** Rejects nulls. */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(objectPath, "objectPath");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(defaultNote, "defaultNote");
    Objects.requireNonNull(remedy, "remedy");
  }

  /** An error at attribute {@code path}, with no rule id, location or remedy yet. */
  public static Diagnostic error(String path, String message) {
    return of(Severity.ERROR, path, message);
  }

  /** A warning at attribute {@code path}, with no rule id, location or remedy yet. */
  public static Diagnostic warning(String path, String message) {
    return of(Severity.WARNING, path, message);
  }

  /** A diagnostic at attribute {@code path}, with no rule id, location or remedy yet. */
  public static Diagnostic of(Severity severity, String path, String message) {
    return new Diagnostic(severity, "", Optional.empty(), Optional.empty(), "", path, message, "", Remedy.none());
  }

  /**
   * A diagnostic about {@code object} at {@code objectPath}, which is also the path in the
   * manifest author's words.
   */
  public static Diagnostic onObject(
      String ruleId, Severity severity, ObjectRef object, String objectPath, String message, Remedy remedy,
      Optional<SourceLocation> location) {
    return new Diagnostic(severity, ruleId, location, Optional.of(object), objectPath, objectPath, message, "", remedy);
  }

  /**
   * True when the path is the object path: the diagnostic speaks a manifest author's words. False
   * when it is about no object, or was traced to an attribute of the model the object came from.
   */
  public boolean isAtObjectPath() {
    return object.isPresent() && path.equals(objectPath);
  }

  /** This diagnostic written at {@code at}. */
  public Diagnostic at(SourceLocation at) {
    return withLocation(Optional.of(at));
  }

  /** This diagnostic with {@code newLocation}. */
  public Diagnostic withLocation(Optional<SourceLocation> newLocation) {
    return new Diagnostic(severity, ruleId, newLocation, object, objectPath, path, message, defaultNote, remedy);
  }

  /** This diagnostic reported at attribute {@code newPath} (the object path stays). */
  public Diagnostic withPath(String newPath) {
    return new Diagnostic(severity, ruleId, location, object, objectPath, newPath, message, defaultNote, remedy);
  }

  /** This diagnostic as seen from a parent value, at {@code prefix} (a path, or empty). */
  public Diagnostic under(String prefix) {
    return withPath(PathJoiner.join(prefix, path));
  }

  /** This diagnostic with {@code newMessage}. */
  public Diagnostic withMessage(String newMessage) {
    return new Diagnostic(severity, ruleId, location, object, objectPath, path, newMessage, defaultNote, remedy);
  }

  /** This diagnostic with {@code newRemedy}. */
  public Diagnostic withRemedy(Remedy newRemedy) {
    return new Diagnostic(severity, ruleId, location, object, objectPath, path, message, defaultNote, newRemedy);
  }

  /** This diagnostic with {@code newDefaultNote}; empty when the value at fault was written, not defaulted. */
  public Diagnostic withDefaultNote(String newDefaultNote) {
    return new Diagnostic(severity, ruleId, location, object, objectPath, path, message, newDefaultNote, remedy);
  }

  /** This diagnostic found by rule {@code newRuleId}. */
  public Diagnostic withRuleId(String newRuleId) {
    return new Diagnostic(severity, newRuleId, location, object, objectPath, path, message, defaultNote, remedy);
  }

  /** The compiler-style line with the hint in the Java API's words (see {@link DiagnosticFormat}). */
  @Override
  public String toString() {
    return String.join(System.lineSeparator(), DiagnosticFormat.lines(this, "", JavaApiWording.INSTANCE));
  }
}
