package dev.alluxiok8s.helm;

import dev.alluxiok8s.schema.file.SpecProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A values file that could not be imported. Carries every problem found, each with the file's
 * line and column and the key path in the chart's own vocabulary ({@code journal.type},
 * {@code properties."alluxio.master.mount.table.root.ufs"}); {@link SpecProblem#format()} prints
 * them compiler-style. Credential values never appear in the messages.
 */
public final class HelmValuesException extends Exception {

  private final List<SpecProblem> problems;

  public HelmValuesException(List<SpecProblem> problems) {
    super(problems.stream().map(SpecProblem::format).collect(Collectors.joining(System.lineSeparator())));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a HelmValuesException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, in the order they were found. */
  public List<SpecProblem> problems() {
    return problems;
  }
}
