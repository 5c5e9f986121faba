package dev.alluxiok8s.helm;

/**
 * Which of Alluxio's Helm chart lines a values file was written for. Their keys differ (chart
 * 0.6 moved ports, the metastore and short-circuit settings, turned JVM options into lists) and
 * so do their defaults (0.6 runs workers off the host network and gives processes more memory).
 */
public enum ChartVersion {
  /** Decide from the keys the file uses; a file using keys of neither line is read as 0.5.x. */
  AUTO("auto"),
  /** Chart 0.5.x, the version Alluxio's Kubernetes guide describes (checked against 0.5.2). */
  V0_5("0.5"),
  /** Chart 0.6.x (checked against 0.6.54, the last one published). */
  V0_6("0.6");

  private final String label;

  ChartVersion(String label) {
    this.label = label;
  }

  /** {@code 0.5}, {@code 0.6} or {@code auto}, as a command line takes it. */
  public String label() {
    return label;
  }

  /** Parses {@code auto}, {@code 0.5}, {@code 0.5.2}, {@code 0.6}, {@code 0.6.54}, ... */
  public static ChartVersion parse(String text) {
    String t = text.trim();
    if (t.equalsIgnoreCase("auto")) {
      return AUTO;
    }
    if (t.equals("0.5") || t.startsWith("0.5.")) {
      return V0_5;
    }
    if (t.equals("0.6") || t.startsWith("0.6.")) {
      return V0_6;
    }
    throw new IllegalArgumentException("\"" + text + "\" is not a chart version alluxio-k8s can read; use 0.5, 0.6 or auto");
  }

  @Override
  public String toString() {
    return label;
  }
}
