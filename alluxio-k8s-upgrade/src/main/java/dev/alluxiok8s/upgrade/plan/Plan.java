package dev.alluxiok8s.upgrade.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The steps of every change, once each, in the order they must happen: by phase, then by rank
 * (the roll-out order), then in the order the changes were found. The apply itself is always a
 * step, so a plan of in-place changes still says what to run.
 *
 * <pre>{@code
 * Plan plan = Plan.of(changes.stream().flatMap(c -> c.steps().stream()).toList(), "kubectl apply -f deploy/");
 * plan.steps().forEach(s -> System.out.println(s.text()));
 * }</pre>
 */
public record Plan(List<Step> steps) {

  public Plan {
    steps = List.copyOf(steps);
  }

  /**
   * @param steps the steps of the changes, in the order the changes were found; repeats are dropped
   * @param apply the sentence that applies the new manifests
   */
  public static Plan of(Collection<Step> steps, String apply) {
    List<Step> all = new ArrayList<>(new LinkedHashSet<>(steps));
    all.add(Step.of(Phase.APPLY, apply));
    // Stable: equal phase and rank keep the order in which the changes were found.
    all.sort(Comparator.comparing(Step::phase).thenComparingInt(Step::rank));
    return new Plan(all);
  }

  /** The plan as numbered lines under one heading per phase. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    Phase current = null;
    int n = 0;
    for (Step s : steps) {
      if (s.phase() != current) {
        current = s.phase();
        lines.add(current.title() + ":");
      }
      lines.add("  " + (++n) + ". " + s.text());
    }
    return lines;
  }
}
