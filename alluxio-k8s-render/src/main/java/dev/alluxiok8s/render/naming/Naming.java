package dev.alluxiok8s.render.naming;

import dev.alluxiok8s.kube.names.KubernetesNames;
import java.util.Objects;

/**
 * How objects are named. {@link #modern()} (the default) prefixes every name with the cluster's
 * name. {@link #chart(String)} keeps the names Alluxio's Helm chart gave the objects that hold
 * state or that other objects refer to by name, so that a cluster deployed with the chart can be
 * taken over in place: above all the journal's claim ({@code journal.pvcName}, by default
 * {@code alluxio-pv-claim}), whose data must survive the switch.
 *
 * <p>Both schemes give the same names to the ConfigMap ({@code <name>-config}), the per-master
 * Services ({@code <name>-master-<i>}), the worker DaemonSet ({@code <name>-worker}) and FUSE
 * ({@code <name>-fuse}), because the chart named those that way too. The masters stay one
 * StatefulSet {@code <name>-master} governed by a Service of that name in both schemes (as in
 * chart 0.6.x): chart 0.5.2's one StatefulSet per master, whose {@code serviceName} named no
 * Service, is a bug this project does not reproduce.
 *
 * <pre>{@code
 * ManifestRenderer.builder().naming(Naming.chart("alluxio-pv-claim")).build();
 * }</pre>
 */
public final class Naming {

  /** The claim name chart 0.5.2 gives the journal when {@code journal.pvcName} is not set. */
  public static final String CHART_JOURNAL_CLAIM = "alluxio-pv-claim";

  private static final Naming MODERN = new Naming(false, null);

  private final boolean chart;
  private final String journalClaim;

  private Naming(boolean chart, String journalClaim) {
    this.chart = chart;
    this.journalClaim = journalClaim;
  }

  /** Every object named after the cluster: {@code <name>-journal}, {@code <name>-format-journal}, ... */
  public static Naming modern() {
    return MODERN;
  }

  /** The chart's names, with its default journal claim {@value #CHART_JOURNAL_CLAIM}. */
  public static Naming chart() {
    return chart(CHART_JOURNAL_CLAIM);
  }

  /** The chart's names, with the journal claim the chart's {@code journal.pvcName} gave. */
  public static Naming chart(String journalClaim) {
    Objects.requireNonNull(journalClaim, "journalClaim");
    if (!KubernetesNames.isDnsSubdomain(journalClaim)) {
      throw new IllegalArgumentException("\"" + journalClaim + "\" is not a claim name (lower-case letters, digits, '-' and '.')");
    }
    return new Naming(true, journalClaim);
  }

  /** Whether this is the chart's scheme. */
  public boolean isChart() {
    return chart;
  }

  /** The journal claim's name under this scheme, for a cluster whose names start with {@code prefix}. */
  String journalClaim(String prefix) {
    return chart ? journalClaim : prefix + "-journal";
  }

  /** The journal's demo PersistentVolume (cluster-scoped, so the chart's name had no prefix either). */
  String journalVolume(String prefix) {
    return chart ? "alluxio-journal-volume" : prefix + "-journal";
  }

  String formatJournalJob(String prefix) {
    return prefix + (chart ? "-format-master" : "-format-journal");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Naming n && n.chart == chart && Objects.equals(n.journalClaim, journalClaim);
  }

  @Override
  public int hashCode() {
    return Objects.hash(chart, journalClaim);
  }

  @Override
  public String toString() {
    return chart ? "chart(" + journalClaim + ")" : "modern";
  }
}
