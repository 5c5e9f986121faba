package dev.alluxiok8s.upgrade.change;

import dev.alluxiok8s.kube.diagnostic.Severity;

/**
 * What a change costs when it is applied, from cheapest to worst. Only the first two go through
 * with {@code kubectl apply} alone; every other class needs a step by hand.
 */
public enum ChangeClass {
  /** {@code kubectl apply} updates the object and nothing restarts. */
  IN_PLACE(Severity.INFO),
  /** Accepted, and the workload's pods are replaced one by one by their controller. */
  ROLLING_RESTART(Severity.INFO),
  /** The object must be deleted (or left behind objects removed) by hand before or after the apply. */
  RECREATE_REQUIRED(Severity.WARNING),
  /** Accepted, but Alluxio's journal or metadata can be lost: back up first and follow the steps. */
  DATA_AT_RISK(Severity.ERROR),
  /** The API server refuses the update: the apply stops halfway unless the steps are followed. */
  REFUSED_BY_API_SERVER(Severity.ERROR);

  private final Severity severity;

  ChangeClass(Severity severity) {
    this.severity = severity;
  }

  /** How a finding of this class is printed: notes for what applies by itself, errors for risks. */
  public Severity severity() {
    return severity;
  }

  /** True when {@code kubectl apply} alone is not enough. */
  public boolean needsManualStep() {
    return this != IN_PLACE && this != ROLLING_RESTART;
  }
}
