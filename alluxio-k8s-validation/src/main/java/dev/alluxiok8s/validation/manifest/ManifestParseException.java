package dev.alluxiok8s.validation.manifest;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.HasDiagnostics;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.yaml.ReadProblem;
import java.io.IOException;
import java.util.List;

/**
 * A manifest file that is not well-formed YAML or JSON, exceeds a safety limit, or holds a document that
 * is not an object. Carries where it went wrong.
 */
public final class ManifestParseException extends IOException implements HasDiagnostics {

  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;
  private final String problem;

  /**
   * @param location where the problem was found
   * @param problem what is wrong, without the location
   */
  public ManifestParseException(SourceLocation location, String problem) {
    super(location + ": " + problem);
    this.location = location;
    this.problem = problem;
  }

  /** The reader's problem as this exception: the one place where reading problems are converted. */
  static ManifestParseException of(ReadProblem problem) {
    return new ManifestParseException(problem.location(), problem.message());
  }

  /** Where the problem was found (file, 1-based line and column). */
  public SourceLocation location() {
    return location;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }

  /** The problem as the one diagnostic of the file, so front ends print it like any other. */
  @Override
  public List<Diagnostic> diagnostics() {
    return List.of(Diagnostic.error("", problem).at(location));
  }
}
