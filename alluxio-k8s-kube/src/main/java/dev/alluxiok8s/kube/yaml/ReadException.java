package dev.alluxiok8s.kube.yaml;

/** A file that cannot be read at all, such as one that is not valid UTF-8. Carries the one problem. */
public final class ReadException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient ReadProblem problem;

  public ReadException(ReadProblem problem) {
    super(problem.location() + ": " + problem.message());
    this.problem = problem;
  }

  /** Where and why reading failed. */
  public ReadProblem problem() {
    return problem;
  }
}
