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
