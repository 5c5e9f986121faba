package dev.alluxiok8s.model.check;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
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
  public static List<Diagnostic> problemsOf(String typeName, ThrowingCallable build) {
    List<Diagnostic> problems = new ArrayList<>();
    assertThatThrownBy(build).isInstanceOfSatisfying(InvalidModelException.class, e -> {
      org.assertj.core.api.Assertions.assertThat(e.typeName()).isEqualTo(typeName);
      problems.addAll(e.diagnostics());
    });
    return problems;
  }

  /** The problems a shared check records, e.g. {@code found(p -> UriRules.checkUri(p, "rootUri", uri, "..."))}. */
  public static List<Diagnostic> found(Consumer<Problems> check) {
    Problems problems = new Problems("Check");
    check.accept(problems);
    return problems.isEmpty() ? List.of() : problemsOf("Check", problems::throwIfAny);
  }

  /** Shorthand for {@code Diagnostic.error(path, message)}. */
  public static Diagnostic problem(String path, String message) {
    return Diagnostic.error(path, message);
  }

  /** Shorthand for a problem that {@code rule} finds: {@code Diagnostic.error(path, message)} with the rule's id. */
  public static Diagnostic problem(SpecRule rule, String path, String message) {
    return Diagnostic.error(path, message).withRuleId(rule.id());
  }
}
