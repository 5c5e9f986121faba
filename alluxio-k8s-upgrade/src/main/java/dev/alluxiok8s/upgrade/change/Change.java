package dev.alluxiok8s.upgrade.change;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.upgrade.plan.Step;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One change between what is deployed and what comes next, and what it takes to apply it.
 *
 * @param object the object, as the new side names it (the old side's for a removed object)
 * @param path the field inside it, for example {@code spec.volumeClaimTemplates[0].spec.resources.requests.storage};
 *     empty for the object as a whole
 * @param before the old value as text (masked when it is a credential); empty when there was none
 * @param after the new value as text (masked likewise); empty when there is none
 * @param changeClass what applying it costs
 * @param rule the rule that classified it
 * @param reason why, in a sentence
 * @param steps what to do, in plan order (empty when {@code kubectl apply} is all it takes)
 * @param location where the change is written in the new input (the old one for a removed object)
 * @param attribute the spec attribute behind the change when the input was a spec; empty otherwise
 */
public record Change(
    ObjectRef object,
    String path,
    String before,
    String after,
    ChangeClass changeClass,
    UpgradeRule rule,
    String reason,
    List<Step> steps,
    Optional<SourceLocation> location,
    String attribute) {

  public Change {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(changeClass, "changeClass");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    steps = List.copyOf(steps);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(attribute, "attribute");
  }

  /** A change found by {@code rule}, of the rule's own class, not yet placed in an input. */
  public static Change of(ObjectRef object, String path, String before, String after, UpgradeRule rule,
      String reason, List<Step> steps) {
    return new Change(object, path, before, after, rule.changeClass(), rule, reason, steps, Optional.empty(), "");
  }

  /** This change with another class (a claim expansion the storage class allows is in place). */
  public Change withClass(ChangeClass newClass) {
    return new Change(object, path, before, after, newClass, rule, reason, steps, location, attribute);
  }

  /** This change placed at {@code newLocation}, traced to the spec attribute {@code newAttribute} (or none). */
  public Change placed(Optional<SourceLocation> newLocation, String newAttribute) {
    return new Change(object, path, before, after, changeClass, rule, reason, steps, newLocation, newAttribute);
  }

  /**
   * The change as a finding: at the spec attribute when there is one (the object path follows in
   * parentheses), else at the object path; old and new value in the message.
   */
  public Diagnostic finding() {
    String values = before.isEmpty() && after.isEmpty() ? "" : " (" + shown(before) + " -> " + shown(after) + ")";
    Diagnostic d = Diagnostic.onObject(rule.id(), changeClass.severity(), object, path,
        changeClass.name() + ": " + reason + values, Remedy.none(), location);
    return attribute.isEmpty() ? d : d.withPath(attribute);
  }

  private static String shown(String value) {
    return value.isEmpty() ? "none" : value;
  }
}
