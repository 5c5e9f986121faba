package dev.alluxiok8s.model.check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a cluster model value is built with attributes that break its invariants. It lists
 * every problem the value found, not only the first, each with the attribute path it concerns.
 */
public final class InvalidModelException extends IllegalArgumentException {

  private final String typeName;
  private final List<ModelProblem> problems;

  public InvalidModelException(String typeName, List<ModelProblem> problems) {
    super(describe(typeName, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidModelException needs at least one problem");
    }
    this.typeName = typeName;
    this.problems = List.copyOf(problems);
  }

  /** The simple name of the model type that refused its attributes, e.g. {@code TierDirectory}. */
  public String typeName() {
    return typeName;
  }

  /** The problems, in the order the type checks its attributes. */
  public List<ModelProblem> problems() {
    return problems;
  }

  private static String describe(String typeName, List<ModelProblem> problems) {
    return "Invalid " + typeName + ": "
        + problems.stream().map(ModelProblem::toString).collect(Collectors.joining("; "));
  }
}
