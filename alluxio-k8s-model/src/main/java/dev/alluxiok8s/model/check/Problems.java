package dev.alluxiok8s.model.check;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems one model value finds in its own attributes, as {@link Diagnostic}s at
 * attribute paths, then throws them together.
 *
 * <pre>{@code
 * Problems problems = new Problems("TierDirectory");
 * problems.require(path().startsWith("/"), "path", "must be an absolute path, got \"" + path() + "\"");
 * problems.throwIfAny();
 * }</pre>
 */
public final class Problems {

  private final String typeName;
  private final List<Diagnostic> found = new ArrayList<>();

  public Problems(String typeName) {
    this.typeName = typeName;
  }

  /** Records a problem at {@code path} unless {@code condition} holds. */
  public Problems require(boolean condition, String path, String message) {
    if (!condition) {
      add(path, message);
    }
    return this;
  }

  public Problems add(String path, String message) {
    found.add(Diagnostic.error(path, message));
    return this;
  }

  /** Records a problem that {@code rule} finds at {@code path}; the diagnostic carries the rule's id. */
  public Problems add(SpecRule rule, String path, String message) {
    found.add(Diagnostic.error(path, message).withRuleId(rule.id()));
    return this;
  }

  /** Records a problem that {@code rule} finds at {@code path} unless {@code condition} holds. */
  public Problems require(boolean condition, SpecRule rule, String path, String message) {
    if (!condition) {
      add(rule, path, message);
    }
    return this;
  }

  /** Records a problem found elsewhere (a rule of its own, with its id and remedy); only errors. */
  public Problems add(Diagnostic problem) {
    if (problem.severity() != dev.alluxiok8s.kube.diagnostic.Severity.ERROR) {
      throw new IllegalArgumentException("only errors refuse a value; report warnings another way");
    }
    found.add(problem);
    return this;
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws an {@link InvalidModelException} with everything recorded, if anything was. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidModelException(typeName, found);
    }
  }
}
