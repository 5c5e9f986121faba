package dev.alluxiok8s.schema.file;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A spec file that could not be read into a valid cluster. Carries every problem found, each
 * with its file position and attribute path; values of credential-like fields never appear in
 * the messages.
 */
public final class SpecException extends Exception {

  private final List<SpecProblem> problems;

  public SpecException(List<SpecProblem> problems) {
    super(problems.stream().map(SpecProblem::format).collect(Collectors.joining(System.lineSeparator())));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a SpecException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems in file order. */
  public List<SpecProblem> problems() {
    return problems;
  }
}
