package dev.alluxiok8s.upgrade;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.ChangeClass;
import dev.alluxiok8s.upgrade.plan.Plan;
import java.util.List;
import java.util.Objects;

/**
 * What {@link UpgradeCheck} found: every change with its class, reason and steps; the unified
 * diff of the changed objects' YAML (credentials hidden); and the ordered plan.
 *
 * @param changes every change, the new side's objects first in input order, then the removed ones, then
 *     the Alluxio-level changes
 * @param diff the unified diff of every changed, added and removed object; empty when nothing changed
 * @param plan the steps in the order they must happen
 */
public record UpgradeReport(List<Change> changes, String diff, Plan plan) {

  public UpgradeReport {
    changes = List.copyOf(changes);
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(plan, "plan");
  }

  /** True when some change needs more than {@code kubectl apply} and the controllers' rolling updates. */
  public boolean needsManualStep() {
    return changes.stream().anyMatch(c -> c.changeClass().needsManualStep());
  }

  /** True when some change is of one of {@code classes}. */
  public boolean has(ChangeClass... classes) {
    List<ChangeClass> wanted = List.of(classes);
    return changes.stream().anyMatch(c -> wanted.contains(c.changeClass()));
  }

  /** The changes worth a line of their own: everything but in-place updates, which the diff shows. */
  public List<Diagnostic> findings() {
    return changes.stream().filter(c -> c.changeClass() != ChangeClass.IN_PLACE).map(Change::finding).toList();
  }
}
