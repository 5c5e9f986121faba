package dev.alluxiok8s.model.check;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared assertions of the model tests: what a refused value reports. */
public final class ModelAssertions {

  private ModelAssertions() {}

  /**
   * The problems that building a value reports. Fails the test unless {@code build} throws an
   * {@link InvalidModelException} naming {@code typeName}.
   */
  public static List<ModelProblem> problemsOf(String typeName, ThrowingCallable build) {
    List<ModelProblem> problems = new ArrayList<>();
    assertThatThrownBy(build).isInstanceOfSatisfying(InvalidModelException.class, e -> {
      org.assertj.core.api.Assertions.assertThat(e.typeName()).isEqualTo(typeName);
      problems.addAll(e.problems());
    });
    return problems;
  }

  /** The problems a shared check records, e.g. {@code found(p -> UriRules.checkUri(p, "rootUri", uri, "..."))}. */
  public static List<ModelProblem> found(Consumer<Problems> check) {
    Problems problems = new Problems("Check");
    check.accept(problems);
    return problems.isEmpty() ? List.of() : problemsOf("Check", problems::throwIfAny);
  }

  /** Shorthand for {@code new ModelProblem(path, message)}. */
  public static ModelProblem problem(String path, String message) {
    return new ModelProblem(path, message);
  }
}
