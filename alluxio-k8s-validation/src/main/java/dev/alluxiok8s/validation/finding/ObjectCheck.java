package dev.alluxiok8s.validation.finding;

import dev.alluxiok8s.kube.diagnostic.Severity;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One object under validation and the place its findings go. Rules receive it, read {@link #tree()} and
 * report through {@link #error}, {@link #warning} and {@link #info}; the location is filled in from the
 * object's source.
 */
public final class ObjectCheck {

  private final Map<String, Object> tree;
  private final ObjectRef ref;
  private final int index;
  private final SourceLocator locator;
  private final List<Finding> sink;

  /**
   * @param tree the object as a plain tree
   * @param ref its identity
   * @param index its position in the input, used to order findings
   * @param locator where its paths were written
   * @param sink where findings are added
   */
  public ObjectCheck(
      Map<String, Object> tree, ObjectRef ref, int index, SourceLocator locator, List<Finding> sink) {
    this.tree = Objects.requireNonNull(tree, "tree");
    this.ref = Objects.requireNonNull(ref, "ref");
    this.index = index;
    this.locator = Objects.requireNonNull(locator, "locator");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /** The object as a plain tree (read only). */
  public Map<String, Object> tree() {
    return tree;
  }

  /** The object's identity. */
  public ObjectRef ref() {
    return ref;
  }

  /** Reports an error at {@code path}. */
  public void error(String ruleId, FieldPath path, String message, String hint) {
    add(ruleId, Severity.ERROR, path, message, hint);
  }

  /** Reports a warning at {@code path}. */
  public void warning(String ruleId, FieldPath path, String message, String hint) {
    add(ruleId, Severity.WARNING, path, message, hint);
  }

  /** Reports an informational finding at {@code path}. */
  public void info(String ruleId, FieldPath path, String message, String hint) {
    add(ruleId, Severity.INFO, path, message, hint);
  }

  /** Reports a finding of the given severity at {@code path}. */
  public void add(String ruleId, Severity severity, FieldPath path, String message, String hint) {
    String p = path.toString();
    sink.add(new Finding(ruleId, severity, ref, p, message, hint, locator.locate(p), index));
  }
}
