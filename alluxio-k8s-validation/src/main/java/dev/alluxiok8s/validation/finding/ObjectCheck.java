package dev.alluxiok8s.validation.finding;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.diagnostic.Severity;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One object under validation and the place its diagnostics go. Rules receive it, read {@link
 * #tree()} and report through {@link #error}, {@link #warning} and {@link #info}; the location is
 * filled in from the object's source. A hint given as text is free advice ({@link Remedy#advice});
 * rules whose advice names an option or attribute give a typed {@link Remedy} instead.
 */
public final class ObjectCheck {

  private final Map<String, Object> tree;
  private final ObjectRef ref;
  private final SourceLocator locator;
  private final List<Diagnostic> sink;

  /**
   * @param tree the object as a plain tree
   * @param ref its identity, with its position in the input (which orders diagnostics)
   * @param locator where its paths were written
   * @param sink where diagnostics are added
   */
  public ObjectCheck(Map<String, Object> tree, ObjectRef ref, SourceLocator locator, List<Diagnostic> sink) {
    this.tree = Objects.requireNonNull(tree, "tree");
    this.ref = Objects.requireNonNull(ref, "ref");
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
    add(ruleId, Severity.ERROR, path, message, Remedy.advice(hint));
  }

  /** Reports an error at {@code path} with a typed remedy. */
  public void error(String ruleId, FieldPath path, String message, Remedy remedy) {
    add(ruleId, Severity.ERROR, path, message, remedy);
  }

  /** Reports a warning at {@code path}. */
  public void warning(String ruleId, FieldPath path, String message, String hint) {
    add(ruleId, Severity.WARNING, path, message, Remedy.advice(hint));
  }

  /** Reports an informational finding at {@code path}. */
  public void info(String ruleId, FieldPath path, String message, String hint) {
    add(ruleId, Severity.INFO, path, message, Remedy.advice(hint));
  }

  /** Reports a diagnostic of the given severity at {@code path}. */
  public void add(String ruleId, Severity severity, FieldPath path, String message, String hint) {
    add(ruleId, severity, path, message, Remedy.advice(hint));
  }

  /** Reports a diagnostic of the given severity at {@code path} with a typed remedy. */
  public void add(String ruleId, Severity severity, FieldPath path, String message, Remedy remedy) {
    String p = path.toString();
    sink.add(Diagnostic.onObject(ruleId, severity, ref, p, message, remedy, locator.locate(p)));
  }
}
