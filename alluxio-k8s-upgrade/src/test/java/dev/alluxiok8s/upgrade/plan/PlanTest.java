package dev.alluxiok8s.upgrade.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of a plan's steps and how it prints. */
class PlanTest {

  @Test
  void stepsGoByPhaseThenRankThenTheOrderTheyWereFoundAndRepeatsAreDropped() {
    Step backup = Step.of(Phase.BACK_UP, "back up");
    Step stop = new Step(Phase.BEFORE_APPLY, -1, "stop");
    Step second = new Step(Phase.BEFORE_APPLY, 2, "second");
    Step first = new Step(Phase.BEFORE_APPLY, 1, "first");
    Step workers = new Step(Phase.ROLL_OUT, 2, "workers");
    Step masters = new Step(Phase.ROLL_OUT, 0, "masters");
    Step keep = Step.of(Phase.AFTER_APPLY, "keep");

    Plan plan = Plan.of(List.of(keep, workers, second, masters, first, backup, stop, backup), "apply");

    assertThat(plan.steps()).extracting(Step::text)
        .containsExactly("back up", "stop", "first", "second", "apply", "masters", "workers", "keep");
  }

  @Test
  void aPlanPrintsNumberedStepsUnderOneHeadingPerPhase() {
    Plan plan = Plan.of(List.of(Step.of(Phase.AFTER_APPLY, "keep the claim"), Step.of(Phase.BACK_UP, "back up"),
        Step.of(Phase.BACK_UP, "check the quorum")), "kubectl apply -f deploy/");

    assertThat(plan.lines()).containsExactly(
        "before anything changes:", "  1. back up", "  2. check the quorum",
        "apply:", "  3. kubectl apply -f deploy/",
        "after the roll-out:", "  4. keep the claim");
  }

  @Test
  void nothingToDoStillSaysToApply() {
    assertThat(Plan.of(List.of(), "apply").lines()).containsExactly("apply:", "  1. apply");
  }
}
