package dev.alluxiok8s.upgrade.plan;

/** When a step happens, relative to the one {@code kubectl apply}; the constants are in plan order. */
public enum Phase {
  /** Before anything changes: a backup of the journal, a look at the quorum. */
  BACK_UP("before anything changes"),
  /** What must happen before the apply, or the API server refuses it (or two masters share a journal). */
  BEFORE_APPLY("before applying"),
  /** The apply itself. */
  APPLY("apply"),
  /** Restarts the controllers make, in the order they must happen, and what to watch. */
  ROLL_OUT("while it rolls out"),
  /** Objects the apply leaves behind, and checks once everything runs. */
  AFTER_APPLY("after the roll-out");

  private final String title;

  Phase(String title) {
    this.title = title;
  }

  /** The heading of this phase in a printed plan. */
  public String title() {
    return title;
  }
}
