package dev.alluxiok8s.upgrade.plan;

import java.util.Objects;

/**
 * One step of an upgrade plan. Object names inside {@code text} are quoted for a POSIX shell where
 * they need it (see {@link Shell#quote}), so a command can be pasted as printed.
 *
 * @param phase when it happens
 * @param rank its order inside the phase (for the roll-out, the workload's restart order)
 * @param text what to do: a sentence, often ending in the command that does it
 */
public record Step(Phase phase, int rank, String text) {

  public Step {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(text, "text");
  }

  /** A step at rank 0 of {@code phase}. */
  public static Step of(Phase phase, String text) {
    return new Step(phase, 0, text);
  }
}
